using Runner.Core.Diagnostics;
using Runner.Engine.Ports;
using Runner.Engine.Scheduling.Events;

namespace Runner.Engine.Status;

/// <summary>
/// Watches the scheduler's journal (and passes every event on to <paramref name="inner"/>) to
/// answer "how is the scheduler doing": since when it runs, fires so far, missed fires and
/// skips, the last reload, the errors of the last rejected schedule (cleared by the next
/// valid one), and those of the jobs not planned for an invalid configuration. Thread-safe: the loop writes, the web GUI reads <see cref="Snapshot"/>.
/// </summary>
public sealed class SchedulerStatus(ISchedulerJournal inner, TimeProvider time) : ISchedulerJournal
{
    private readonly Lock _gate = new();
    private readonly DateTimeOffset _since = time.GetUtcNow();
    private long _fires;
    private long _misfireRuns;
    private long _skipped;
    private DateTimeOffset? _reloadedAt;
    private int _jobCount;
    private IReadOnlyList<Diagnostic> _errors = [];
    private IReadOnlyList<Diagnostic> _configErrors = [];

    public void Record(SchedulerEvent e)
    {
        lock (_gate)
        {
            switch (e)
            {
                case Fired:
                    _fires++;
                    break;
                case MisfireRun:
                    _misfireRuns++;
                    break;
                case Skipped:
                    _skipped++;
                    break;
                case MisfiresSummarized m:
                    _skipped += m.Count;
                    break;
                case Reloaded r:
                    _reloadedAt = time.GetUtcNow();
                    _jobCount = r.JobCount;
                    _errors = [];
                    break;
                case ScheduleRejected r:
                    _errors = r.Errors;
                    break;
                case JobsNotPlanned n:
                    _configErrors = [.. n.AllInvalid.SelectMany(j => j.Problems.Where(p => p.IsError)).Distinct()];
                    break;
                default:
                    break;
            }
        }

        inner.Record(e);
    }

    /// <summary>The counters as they are now.</summary>
    public SchedulerSnapshot Snapshot()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            return new SchedulerSnapshot(_since, now - _since, _fires, _misfireRuns, _skipped, _reloadedAt, _jobCount, _errors, _configErrors);
        }
    }
}
