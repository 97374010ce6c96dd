using Runner.Engine.Ports;
using Runner.Engine.Scheduling.Events;

namespace Runner.Engine.Notifications;

/// <summary>
/// The scheduler's journal with alarms: passes every event on, then alarms for a rejected
/// schedule and for missed fires. A failure to queue an alarm is logged, never thrown into the loop.
/// </summary>
public sealed class AlarmingJournal(ISchedulerJournal inner, Alarms alarms, Action<string, string> log) : ISchedulerJournal
{
    public void Record(SchedulerEvent e)
    {
        inner.Record(e);
        try
        {
            switch (e)
            {
                case ScheduleRejected rejected:
                    alarms.ScheduleRejected(rejected.Errors);
                    break;
                case Reloaded:
                    alarms.ScheduleApplied();
                    break;
                case Skipped { Reason: SkipReason.Misfire } skipped:
                    alarms.MissedFires(skipped.Job, 1, skipped.Instant, skipped.Instant);
                    break;
                case MisfiresSummarized summary:
                    alarms.MissedFires(summary.Job, summary.Count, summary.First, summary.Last);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log("ERROR", $"alarm not queued for {e.GetType().Name}: {ex.Message}");
        }
    }
}
