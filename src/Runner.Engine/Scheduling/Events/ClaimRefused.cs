using Runner.Core.Schedules;

namespace Runner.Engine.Scheduling.Events;

/// <summary>The ledger already held the fire (another process, or an earlier life of this one, claimed it): it is not dispatched.</summary>
public sealed record ClaimRefused(Job Job, DateTimeOffset Scheduled) : SchedulerEvent;
