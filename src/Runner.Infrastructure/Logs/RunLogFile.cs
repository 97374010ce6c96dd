using System.Text;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Logs;

/// <summary>
/// One run's log file, opened for appending and readable by others while it is written. Each
/// append is one write, flushed at once; the length is counted here, not asked of the file.
/// </summary>
internal sealed class RunLogFile : IRunLog
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FileStream _stream;
    private long _length;

    public RunLogFile(string path)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        _length = _stream.Length;
    }

    public string Path { get; }

    public long Length => Interlocked.Read(ref _length);

    public void Append(string line) => Write(line + "\n");

    public void Append(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        Write(text.ToString());
    }

    public void Dispose() => _stream.Dispose();

    private void Write(string text)
    {
        var bytes = Utf8.GetBytes(text);
        _stream.Write(bytes);
        Interlocked.Add(ref _length, bytes.Length);
    }
}
