using Runner.Core.Schedules;

namespace Runner.Engine.Scheduling.Events;

/// <summary>A missed fire was claimed and dispatched anyway by the <c>once</c> or <c>all</c> misfire policy.</summary>
public sealed record MisfireRun(Job Job, DateTimeOffset Scheduled, TimeSpan Lateness) : SchedulerEvent;
