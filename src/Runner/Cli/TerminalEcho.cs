using Runner.Engine.Ports;

namespace Runner.Cli;

/// <summary>Streams a run's output to the terminal as it comes: standard output to standard output, standard error to standard error.</summary>
internal sealed class TerminalEcho(TextWriter output, TextWriter error) : IOutputSink
{
    private readonly Lock _gate = new();

    public void Line(string text, bool fromStdErr)
    {
        lock (_gate)
        {
            (fromStdErr ? error : output).WriteLine(text);
        }
    }
}
