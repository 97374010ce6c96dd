using System.Text;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Logs;

/// <summary>One run's log file, opened for appending and readable by others while it is written.</summary>
internal sealed class RunLogFile : IRunLog
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FileStream _stream;

    public RunLogFile(string path)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
    }

    public string Path { get; }

    public long Length => _stream.Length;

    public void Append(string line)
    {
        var bytes = Utf8.GetBytes(line + "\n");
        _stream.Write(bytes);
        _stream.Flush();
    }

    public void Dispose() => _stream.Dispose();
}
