using Runner.Core.Diagnostics;

namespace Runner.Engine.Status;

/// <summary>The scheduler's counters at one instant (see <see cref="SchedulerStatus"/>).</summary>
/// <param name="Since">When the scheduler started.</param>
/// <param name="Uptime">How long it has run.</param>
/// <param name="Fires">Fires claimed on time since the start.</param>
/// <param name="MisfireRuns">Missed fires run by a misfire policy.</param>
/// <param name="Skipped">Fires skipped (overlap, misfire policy).</param>
/// <param name="ReloadedAt">When a valid schedule was last applied; null before the first.</param>
/// <param name="JobCount">Jobs in the schedule in force.</param>
/// <param name="RejectedErrors">Errors of the last schedule rejected since the last valid one; the schedule in force stays.</param>
/// <param name="ConfigErrors">Errors of the jobs' config files that keep those jobs out of the plan.</param>
public sealed record SchedulerSnapshot(
    DateTimeOffset Since,
    TimeSpan Uptime,
    long Fires,
    long MisfireRuns,
    long Skipped,
    DateTimeOffset? ReloadedAt,
    int JobCount,
    IReadOnlyList<Diagnostic> RejectedErrors,
    IReadOnlyList<Diagnostic> ConfigErrors);
