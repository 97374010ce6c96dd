using Runner.Core.Schedules;

namespace Runner.Engine.Scheduling.Events;

/// <summary>A fire within its grace was claimed and dispatched, <paramref name="Lateness"/> after its instant (<c>showdelay</c>).</summary>
public sealed record Fired(Job Job, DateTimeOffset Scheduled, TimeSpan Lateness) : SchedulerEvent;
