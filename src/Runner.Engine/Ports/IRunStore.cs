namespace Runner.Engine.Ports;

/// <summary>
/// The run history (SQLite runner.db by default). Several processes write it at once (the
/// scheduler and any number of <c>runner run job</c>); every write is durable when the call returns.
/// </summary>
public interface IRunStore
{
    /// <summary>Records a run as started (outcome Running) and returns it with its new run id.</summary>
    RunRecord Begin(RunRecord run);

    /// <summary>Records the start time, process id and log of a running run, as soon as its process started (crash recovery needs them).</summary>
    void Started(RunRecord run);

    /// <summary>Records a run's end: outcome, exit code, start and end time, message (and pid and log when known).</summary>
    void Finish(RunRecord run);

    /// <summary>Records a run that never started (SKIPPED, or a start failure), in one step.</summary>
    RunRecord Record(RunRecord run);

    RunRecord? Find(long runId);

    /// <summary>The newest runs matching the query, newest first.</summary>
    IReadOnlyList<RunRecord> History(HistoryQuery query);

    /// <summary>Runs still recorded as Running (for crash recovery and status).</summary>
    IReadOnlyList<RunRecord> Unfinished();

    /// <summary>
    /// Deletes runs (and returns their log paths, for the caller to delete the files) that are
    /// older than <paramref name="olderThan"/> or beyond the newest <paramref name="keepPerJob"/>
    /// of their job; null limits keep everything. Running runs are never deleted.
    /// </summary>
    IReadOnlyList<string> Prune(DateTimeOffset? olderThan, int? keepPerJob);
}
