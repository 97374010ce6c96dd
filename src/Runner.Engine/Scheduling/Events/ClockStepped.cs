namespace Runner.Engine.Scheduling.Events;

/// <summary>
/// The wall clock jumped: it reads <paramref name="To"/> where the monotonic clock says it
/// should read <paramref name="From"/> (a manual change, an NTP step, a resume from suspend).
/// </summary>
public sealed record ClockStepped(DateTimeOffset From, DateTimeOffset To) : SchedulerEvent
{
    /// <summary>How far the clock jumped: positive forward, negative backward.</summary>
    public TimeSpan Offset => To - From;
}
