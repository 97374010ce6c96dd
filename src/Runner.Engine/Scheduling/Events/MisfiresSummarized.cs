using Runner.Core.Schedules;

namespace Runner.Engine.Scheduling.Events;

/// <summary>
/// Missed fires of the job skipped beyond those logged one by one in the same wake-up:
/// <paramref name="Count"/> of them (at least that many when <paramref name="CountIsLowerBound"/>:
/// counting stops at <see cref="MissedFires.CountLimit"/>), from <paramref name="First"/> to <paramref name="Last"/>.
/// </summary>
public sealed record MisfiresSummarized(Job Job, long Count, bool CountIsLowerBound, DateTimeOffset First, DateTimeOffset Last) : SchedulerEvent;
