using Runner.Engine.Jobs;

namespace Runner.Engine.Ports;

/// <summary>
/// A fire handed over to be run: the resolved job, the scheduled instant (in the schedule's
/// zone; for a manual run, the trigger asked for), how late the loop handled it, whether it came on time, is a missed fire run by the
/// job's misfire policy or was asked for by an operator, and the run record begun for it (by
/// the ledger's claim, or by the operator's request), which the dispatcher carries to its end.
/// </summary>
public sealed record Fire(ResolvedJob Job, DateTimeOffset Scheduled, TimeSpan Lateness, RunKind Kind, RunRecord Run);
