namespace Runner.Engine.Scheduling.Events;

/// <summary>The loop was asked to stop and dispatches nothing more.</summary>
public sealed record Stopped(DateTimeOffset Now) : SchedulerEvent;
