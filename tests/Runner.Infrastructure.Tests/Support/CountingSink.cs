using Runner.Engine.Ports;

namespace Runner.Infrastructure.Tests.Support;

/// <summary>Keeps no line, only counts: for output far bigger than the memory a test may use.</summary>
internal sealed class CountingSink : IOutputSink
{
    private readonly Lock _lock = new();

    public long Count { get; private set; }

    public long Chars { get; private set; }

    public int Longest { get; private set; }

    public string? First { get; private set; }

    public string? Last { get; private set; }

    public void Line(string text, bool fromStdErr)
    {
        lock (_lock)
        {
            Count++;
            Chars += text.Length;
            Longest = Math.Max(Longest, text.Length);
            First ??= text.Length > 100 ? text[..100] : text;
            Last = text.Length > 100 ? text[..100] : text;
        }
    }
}
