using Runner.Engine.Ports;

namespace Runner.Infrastructure.Processes;

/// <summary>
/// The one door from the readers to the sink: serializes the calls, keeps the first exception a
/// sink throws (later lines are dropped, the process still runs and is still reaped) and, once
/// closed, drops the lines of a pipe that outlived the process.
/// </summary>
internal sealed class OutputGate(IOutputSink sink)
{
    private readonly Lock _lock = new();
    private bool _closed;

    /// <summary>The first exception the sink threw, reported by the process's completion.</summary>
    public Exception? Failure { get; private set; }

    public void Deliver(string text, bool fromStdErr)
    {
        lock (_lock)
        {
            if (_closed || Failure is not null)
            {
                return;
            }

            try
            {
                sink.Line(text, fromStdErr);
            }
#pragma warning disable CA1031 // Any sink failure must reach Completion, not kill a reader thread and the process with it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Failure = e;
            }
        }
    }

    /// <summary>No line passes any more.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
        }
    }
}
