using Runner.Core.Schedules;

namespace Runner.Engine.Scheduling.Events;

/// <summary>A fire of the job did not run.</summary>
public sealed record Skipped(Job Job, DateTimeOffset Scheduled, SkipReason Reason) : SchedulerEvent;
