using Runner.Engine.Ports;

namespace Runner.Infrastructure.Tests.Support;

/// <summary>Keeps every line; a test can wait (with a timeout) until the lines meet a condition.</summary>
internal sealed class RecordingSink : IOutputSink
{
    private readonly object _gate = new();
    private readonly List<(string Text, bool FromStdErr)> _lines = [];

    public IReadOnlyList<(string Text, bool FromStdErr)> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public IReadOnlyList<string> StdOut => [.. Lines.Where(l => !l.FromStdErr).Select(l => l.Text)];

    public IReadOnlyList<string> StdErr => [.. Lines.Where(l => l.FromStdErr).Select(l => l.Text)];

    public void Line(string text, bool fromStdErr)
    {
        lock (_gate)
        {
            _lines.Add((text, fromStdErr));
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the lines so far; false after <paramref name="timeout"/>.</summary>
    public bool WaitFor(Func<IReadOnlyList<(string Text, bool FromStdErr)>, bool> condition, TimeSpan timeout)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        lock (_gate)
        {
            while (!condition(_lines))
            {
                var left = deadline - TimeProvider.System.GetTimestamp();
                if (left <= 0 || !Monitor.Wait(_gate, TimeSpan.FromSeconds((double)left / TimeProvider.System.TimestampFrequency)))
                {
                    return condition(_lines);
                }
            }

            return true;
        }
    }
}
