namespace Runner.Engine.Ports;

/// <summary>
/// The fire ledger (SPEC §5): one entry per (job, scheduled instant). A fire runs only when
/// <see cref="ClaimAll"/> claimed it, and the claim records the fire's run in the same
/// transaction, so nothing fires twice across restarts, clock steps and processes, and a crash
/// leaves either neither (the fire is still due) or both (the run, still RUNNING, is recovered
/// as LOST at the next start). Instants are compared as UTC instants.
/// </summary>
public interface IFireLedger
{
    /// <summary>
    /// Claims the fires, all in one transaction (the scheduler claims every fire due at a
    /// wake-up together); for each fire, in order, the run begun for it (RUNNING, attempt 1,
    /// no process yet) when this call was its first claimer, or null when it was claimed before.
    /// </summary>
    IReadOnlyList<RunRecord?> ClaimAll(IReadOnlyList<FireClaim> claims);

    /// <summary>Claims one fire without recording a run (tools and tests): true for its first claimer.</summary>
    bool TryClaim(int jobId, DateTimeOffset instant);

    /// <summary>The latest scheduled instant ever claimed for the job, or null when none was.</summary>
    DateTimeOffset? LastClaimed(int jobId);

    /// <summary>The latest scheduled instant claimed of every job that has one, read at once (the scheduler plans a whole schedule from it at start).</summary>
    IReadOnlyDictionary<int, DateTimeOffset> LastClaimedOfAll();
}
