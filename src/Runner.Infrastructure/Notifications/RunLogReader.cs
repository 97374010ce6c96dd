using System.Text;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Notifications;

/// <summary>Reads a run's log for a notification: its last lines, and the file capped in size for the attachment.</summary>
public sealed class RunLogReader : IRunLogReader
{
    private const int TailWindow = 64 * 1024;

    public IReadOnlyList<string> Tail(string path, int lines)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = Open(path);
        var start = Math.Max(0, stream.Length - TailWindow);
        stream.Seek(start, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var all = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
        var whole = start == 0 ? all : all[1..];
        var text = whole.Length > 0 && whole[^1].Length == 0 ? whole[..^1] : whole;
        return text[Math.Max(0, text.Length - lines)..];
    }

    public ReadOnlyMemory<byte> Capped(string path, int maxBytes)
    {
        if (!File.Exists(path))
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        using var stream = Open(path);
        if (stream.Length <= maxBytes)
        {
            var all = new byte[stream.Length];
            stream.ReadExactly(all);
            return all;
        }

        var marker = Encoding.UTF8.GetBytes($"\n[... {stream.Length - maxBytes} bytes cut: the whole log is {path} ...]\n");
        var head = new byte[maxBytes / 4];
        stream.ReadExactly(head);
        var tail = new byte[maxBytes - head.Length];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        return (byte[])[.. head, .. marker, .. tail];
    }

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
