namespace Runner.Engine.Ports;

/// <summary>Creates run logs: <c>jobs/&lt;id&gt;/logs/&lt;run&gt;-&lt;yyyyMMdd-HHmmss&gt;.log</c>.</summary>
public interface IRunLogs
{
    IRunLog Create(int jobId, long runId, DateTime localStart);

    /// <summary>Removes a log file from its place if it is still there (retention); the file may be kept, emptied, for a later run's log.</summary>
    void Delete(string path);
}
