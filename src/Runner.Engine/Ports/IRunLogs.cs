namespace Runner.Engine.Ports;

/// <summary>Creates run logs: <c>jobs/&lt;id&gt;/logs/&lt;run&gt;-&lt;yyyyMMdd-HHmmss&gt;.log</c>.</summary>
public interface IRunLogs
{
    IRunLog Create(int jobId, long runId, DateTime localStart);

    /// <summary>Deletes a log file if it still exists (retention).</summary>
    void Delete(string path);
}
