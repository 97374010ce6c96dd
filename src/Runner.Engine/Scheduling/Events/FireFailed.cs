using Runner.Core.Schedules;

namespace Runner.Engine.Scheduling.Events;

/// <summary>Claiming or dispatching the fire threw (the ledger's database is unreachable, say): it did not run and the loop goes on.</summary>
public sealed record FireFailed(Job Job, DateTimeOffset Scheduled, Exception Error) : SchedulerEvent;
