using System.Globalization;
using System.Text;
using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>Run logs kept in memory, at the paths the real ones would have; records every path retention deletes.</summary>
public sealed class MemoryRunLogs : IRunLogs
{
    private readonly Lock _gate = new();
    private readonly List<string> _deleted = [];

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

    public IRunLog Create(int jobId, long runId, DateTime localStart) =>
        new MemoryRunLog(string.Create(CultureInfo.InvariantCulture, $"/home/jobs/{jobId}/logs/{runId}-{localStart:yyyyMMdd-HHmmss}.log"));

    public void Delete(string path)
    {
        lock (_gate)
        {
            _deleted.Add(path);
        }
    }

    private sealed class MemoryRunLog(string path) : IRunLog
    {
        private readonly List<string> _lines = [];

        public string Path { get; } = path;

        public long Length { get; private set; }

        public void Append(string line)
        {
            _lines.Add(line);
            Length += Encoding.UTF8.GetByteCount(line) + 1;
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
