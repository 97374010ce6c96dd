namespace Runner.Engine.Ports;

/// <summary>
/// The fire ledger (SPEC §5): one entry per (job, fire instant), claimed before the job starts.
/// A fire runs only when <see cref="TryClaim"/> returned true for it, so nothing fires twice
/// across restarts, clock steps and processes. Instants are compared as UTC instants.
/// </summary>
public interface IFireLedger
{
    /// <summary>Claims the fire of <paramref name="jobId"/> at <paramref name="fireUtc"/>: true for the first claimer of that instant in any process, false for every later one.</summary>
    bool TryClaim(int jobId, DateTimeOffset fireUtc);

    /// <summary>
    /// Claims several fires at once, as <see cref="TryClaim"/> claims one (the scheduler claims
    /// every fire due at a wake-up together): for each fire, in order, true when this call was
    /// its first claimer.
    /// </summary>
    IReadOnlyList<bool> TryClaimAll(IReadOnlyList<(int JobId, DateTimeOffset FireUtc)> fires);

    /// <summary>Links a claimed fire to the run started for it.</summary>
    void Attach(int jobId, DateTimeOffset fireUtc, long runId);

    /// <summary>The latest fire instant ever claimed for the job, or null when none was.</summary>
    DateTimeOffset? LastClaimed(int jobId);

    /// <summary>The latest fire instant claimed of every job that has one, read at once (the scheduler plans a whole schedule from it at start).</summary>
    IReadOnlyDictionary<int, DateTimeOffset> LastClaimedOfAll();
}
