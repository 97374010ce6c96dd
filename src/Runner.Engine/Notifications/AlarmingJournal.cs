using System.Threading.Channels;
using Runner.Engine.Ports;
using Runner.Engine.Scheduling.Events;

namespace Runner.Engine.Notifications;

/// <summary>
/// The scheduler's journal with alarms: passes every event on at once, and hands the events
/// that alarm (a rejected schedule, jobs not planned for an invalid configuration, missed
/// fires) to a worker of its own, so the loop's thread never waits for the store's transaction.
/// A failure to queue an alarm is logged, never thrown into the loop. Dispose drains the worker.
/// </summary>
public sealed class AlarmingJournal : ISchedulerJournal, IAsyncDisposable
{
    private readonly ISchedulerJournal _inner;
    private readonly Alarms _alarms;
    private readonly Action<string, string> _log;
    private readonly Channel<SchedulerEvent> _queue = Channel.CreateUnbounded<SchedulerEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _worker;

    public AlarmingJournal(ISchedulerJournal inner, Alarms alarms, Action<string, string> log)
    {
        (_inner, _alarms, _log) = (inner, alarms, log);
        _worker = Task.Run(DrainAsync);
    }

    public void Record(SchedulerEvent e)
    {
        _inner.Record(e);
        if (e is ScheduleRejected or Reloaded or JobsNotPlanned or Skipped { Reason: SkipReason.Misfire } or MisfiresSummarized)
        {
            _queue.Writer.TryWrite(e);
        }
    }

    /// <summary>Completes when every event recorded so far has been alarmed (tests, and the stop).</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _worker.ConfigureAwait(false);
    }

    private async Task DrainAsync()
    {
        await foreach (var e in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                Alarm(e);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _log("ERROR", $"alarm not queued for {e.GetType().Name}: {ex.Message}");
            }
        }
    }

    private void Alarm(SchedulerEvent e)
    {
        switch (e)
        {
            case ScheduleRejected rejected:
                _alarms.ScheduleRejected(rejected.Errors);
                break;
            case Reloaded:
                _alarms.ScheduleApplied();
                break;
            case JobsNotPlanned notPlanned:
                _alarms.JobsInvalid(notPlanned.AllInvalid);
                break;
            case Skipped skipped:
                _alarms.MissedFires(skipped.Job, 1, skipped.Scheduled, skipped.Scheduled);
                break;
            case MisfiresSummarized summary:
                _alarms.MissedFires(summary.Job, summary.Count, summary.First, summary.Last);
                break;
        }
    }
}
