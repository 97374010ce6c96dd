namespace Runner.Engine.Scheduling.Events;

/// <summary>Something the scheduler loop did or decided; <see cref="SchedulerMessages.Describe"/> gives its log line.</summary>
public abstract record SchedulerEvent;
