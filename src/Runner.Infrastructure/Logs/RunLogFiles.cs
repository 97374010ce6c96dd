using System.Globalization;
using Runner.Engine.Ports;
using Runner.Infrastructure.Home;

namespace Runner.Infrastructure.Logs;

/// <summary>Run logs as files: <c>jobs/&lt;id&gt;/logs/&lt;run&gt;-&lt;yyyyMMdd-HHmmss&gt;.log</c>, UTF-8, flushed line by line.</summary>
public sealed class RunLogFiles(RunnerHome home) : IRunLogs
{
    public IRunLog Create(int jobId, long runId, DateTime localStart)
    {
        var folder = Path.Combine(home.JobPath(jobId), "logs");
        Directory.CreateDirectory(folder);
        var name = string.Create(CultureInfo.InvariantCulture, $"{runId}-{localStart:yyyyMMdd-HHmmss}.log");
        return new RunLogFile(Path.Combine(folder, name));
    }

    public void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
