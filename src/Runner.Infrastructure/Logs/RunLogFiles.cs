using System.Globalization;
using Runner.Engine.Ports;
using Runner.Infrastructure.Home;

namespace Runner.Infrastructure.Logs;

/// <summary>
/// Run logs as files: <c>jobs/&lt;id&gt;/logs/&lt;run&gt;-&lt;yyyyMMdd-HHmmss&gt;.log</c>, UTF-8,
/// flushed line by line. A deleted log is emptied and kept for a later run's log, up to
/// <see cref="SpareCapacity"/> of them (<see cref="SpareLogs"/>).
/// </summary>
public sealed class RunLogFiles : IRunLogs
{
    /// <summary>The most emptied logs kept for reuse: more than a busy home prunes between two runs.</summary>
    public const int SpareCapacity = 1024;

    private readonly RunnerHome _home;
    private readonly SpareLogs _spares;

    public RunLogFiles(RunnerHome home)
        : this(home, SpareCapacity)
    {
    }

    internal RunLogFiles(RunnerHome home, int spareCapacity)
    {
        _home = home;
        _spares = new SpareLogs(home.SpareLogsPath, spareCapacity);
    }

    public IRunLog Create(int jobId, long runId, DateTime localStart)
    {
        var folder = Path.Combine(_home.JobPath(jobId), "logs");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{runId}-{localStart:yyyyMMdd-HHmmss}.log"));
        _spares.TryTake(path); // None to take, or the path is taken already: the log is created, or appended to, there.
        return new RunLogFile(path);
    }

    public void Delete(string path)
    {
        if (!_spares.TryKeep(path) && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
