using Runner.Core.Schedules;

namespace Runner.Engine.Ports;

/// <summary>
/// A fire the scheduler claimed in the ledger and hands over to be run: the job, the
/// scheduled instant (in the schedule's zone), how late the loop handled it, and whether it
/// came on time or is a missed fire run by the job's misfire policy.
/// </summary>
public sealed record Fire(Job Job, DateTimeOffset Instant, TimeSpan Lateness, FireKind Kind);
