using System.Text;
using Runner.Engine.Ports;

namespace Runner.Web;

/// <summary>
/// Reads a run's log found by its run id in the history, never by a path from a request; and
/// only a file below the home folder. Reads whole lines from a byte offset, so a live log can be
/// followed without cutting a line (or a UTF-8 character) in two.
/// </summary>
internal sealed class RunLogReader(string homeRoot)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(homeRoot)) + Path.DirectorySeparatorChar;

    /// <summary>The text from <paramref name="offset"/> to the last line break (or to the end when <paramref name="toEnd"/>), and the offset after it; empty when there is no log.</summary>
    public (string Text, long Next) Read(RunRecord run, long offset, bool toEnd)
    {
        if (run.LogPath is not { } path || !Path.GetFullPath(path).StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
        {
            return (string.Empty, offset);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (offset < 0 || offset > stream.Length)
        {
            offset = 0;
        }

        stream.Seek(offset, SeekOrigin.Begin);
        var bytes = new byte[stream.Length - offset];
        stream.ReadExactly(bytes);
        var length = toEnd ? bytes.Length : Array.LastIndexOf(bytes, (byte)'\n') + 1;
        return (Encoding.UTF8.GetString(bytes, 0, length), offset + length);
    }

    /// <summary>True when the run has a readable log.</summary>
    public bool Exists(RunRecord run) =>
        run.LogPath is { } path && Path.GetFullPath(path).StartsWith(_root, StringComparison.Ordinal) && File.Exists(path);
}
