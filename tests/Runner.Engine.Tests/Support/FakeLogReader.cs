using System.Text;
using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// Run logs as alarms read them, from lines the test gives per path; every read is noted in the
/// <see cref="CallLog"/> (shared with a <see cref="WatchedNotificationStore"/> to see the order).
/// </summary>
public sealed class FakeLogReader(CallLog calls) : IRunLogReader
{
    private readonly Dictionary<string, string[]> _logs = new(StringComparer.Ordinal);

    public void Write(string path, params string[] lines)
    {
        lock (_logs)
        {
            _logs[path] = lines;
        }
    }

    public IReadOnlyList<string> Tail(string path, int lines)
    {
        calls.Add($"Tail {path} {lines}");
        return [.. Of(path).TakeLast(lines)];
    }

    public ReadOnlyMemory<byte> Capped(string path, int maxBytes)
    {
        calls.Add($"Capped {path} {maxBytes}");
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Of(path).Select(l => l + "\n")));
        return bytes.Length <= maxBytes ? bytes : bytes.AsMemory(0, maxBytes);
    }

    private string[] Of(string path)
    {
        lock (_logs)
        {
            return _logs.GetValueOrDefault(path, []);
        }
    }
}
