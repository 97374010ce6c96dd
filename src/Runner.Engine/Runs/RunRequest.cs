using Runner.Engine.Jobs;
using Runner.Engine.Ports;

namespace Runner.Engine.Runs;

/// <summary>
/// A run to make: the resolved job, the trigger it is for, why (a fire on time, a missed fire
/// run by the misfire policy, or manual), the scheduled instant of its fire (null for a manual
/// run), and the run record already begun for its first attempt (by the fire's claim or the
/// operator's request; null: the pipeline begins it).
/// </summary>
public sealed record RunRequest(ResolvedJob Job, DateTimeOffset Trigger, RunKind Kind, DateTimeOffset? Scheduled = null, RunRecord? Begun = null);
