namespace Runner.Engine.Scheduling.Events;

/// <summary>The loop woke up at <paramref name="Now"/> (logged when <c>[LOG] showtime</c> is on).</summary>
public sealed record WokeUp(DateTimeOffset Now) : SchedulerEvent;
