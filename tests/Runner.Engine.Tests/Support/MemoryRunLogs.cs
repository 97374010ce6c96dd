using System.Globalization;
using System.Text;
using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// Run logs kept in memory, at the paths the real ones would have: the lines of every log created
/// can be read back (<see cref="Lines"/>), and every path retention deletes is recorded.
/// </summary>
public sealed class MemoryRunLogs : IRunLogs
{
    private readonly Lock _gate = new();
    private readonly List<string> _deleted = [];
    private readonly List<MemoryRunLog> _created = [];

    public IReadOnlyList<string> Deleted
    {
        get
        {
            lock (_gate)
            {
                return [.. _deleted];
            }
        }
    }

    /// <summary>The paths of the logs created, in creation order.</summary>
    public IReadOnlyList<string> Created
    {
        get
        {
            lock (_gate)
            {
                return [.. _created.Select(l => l.Path)];
            }
        }
    }

    /// <summary>The lines written to the log at <paramref name="path"/>, without their newlines.</summary>
    public IReadOnlyList<string> Lines(string path)
    {
        lock (_gate)
        {
            return _created.Single(l => l.Path == path).Lines;
        }
    }

    public IRunLog Create(int jobId, long runId, DateTime localStart)
    {
        var log = new MemoryRunLog(string.Create(CultureInfo.InvariantCulture, $"/home/jobs/{jobId}/logs/{runId}-{localStart:yyyyMMdd-HHmmss}.log"));
        lock (_gate)
        {
            _created.Add(log);
        }

        return log;
    }

    public void Delete(string path)
    {
        lock (_gate)
        {
            _deleted.Add(path);
        }
    }

    private sealed class MemoryRunLog(string path) : IRunLog
    {
        private readonly Lock _gate = new();
        private readonly List<string> _lines = [];
        private long _length;

        public string Path { get; } = path;

        public long Length
        {
            get
            {
                lock (_gate)
                {
                    return _length;
                }
            }
        }

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_gate)
                {
                    return [.. _lines];
                }
            }
        }

        public void Append(string line)
        {
            lock (_gate)
            {
                _lines.Add(line);
                _length += Encoding.UTF8.GetByteCount(line) + 1;
            }
        }

        public void Append(IReadOnlyList<string> lines)
        {
            foreach (var line in lines)
            {
                Append(line);
            }
        }

        public void Dispose()
        {
        }
    }
}
