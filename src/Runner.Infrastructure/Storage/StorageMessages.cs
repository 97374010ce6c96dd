using Runner.Core.Runs;

namespace Runner.Infrastructure.Storage;

/// <summary>Every text of the storage adapters, in one place.</summary>
internal static class StorageMessages
{
    public static string TooNew(string path, int found, int known) =>
        $"{path} has schema version {found} but this runner knows up to {known}; upgrade runner";

    public static string NotADatabase(string path, string reason) =>
        $"{path} is not a runner database ({reason}); move it away and runner creates a new one";

    public static string NoWal(string path, string mode) =>
        $"{path} cannot use write-ahead logging (journal mode stays '{mode}'); keep the home on a local file system";

    public static string BeginNeedsRunning(RunOutcome outcome) =>
        $"Begin records a started run, whose outcome is RUNNING, not {outcome.DisplayName()}; Record a run that never started";

    public static string RecordNeedsEnd(RunOutcome outcome) =>
        $"Record and Finish take a run that has ended, with an outcome other than {outcome.DisplayName()}";

    public static string FinishNeedsEndTime(long runId) =>
        $"run {runId} is finished without an end time; set Finished";

    public static string UnknownRun(long runId) =>
        $"run {runId} is not in the history (a run id from Begin is never pruned while RUNNING)";

    public static string NegativeLast(int last) =>
        $"the number of runs to read must be 0 or more, not {last}";

    public static string NegativeKeep(int keep) =>
        $"the number of runs to keep per job must be 0 or more, not {keep}";
}
