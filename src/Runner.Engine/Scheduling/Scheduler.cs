using System.Collections.Concurrent;
using Runner.Core.Diagnostics;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Status;

namespace Runner.Engine.Scheduling;

/// <summary>
/// The scheduler loop (SPEC §5, docs/scheduler.md). One loop owns all state: it wakes, takes
/// the new schedule if one came, claims every due fire in the ledger and hands it to the
/// dispatcher (never waiting for a run), applies the misfire policy to fires later than their
/// grace, then sleeps until the next fire, at most <see cref="MaxSleep"/> of monotonic time so
/// it notices a wall clock that jumped. Time comes from the <see cref="TimeProvider"/> only.
/// Jobs come resolved (<see cref="ResolvedSchedule"/>): the loop reads no file and asks no
/// store but the ledger; a job whose configuration is invalid is not planned.
/// <paramref name="checkpoint"/> (a test hook) is called with <see cref="BeforeClaim"/> and
/// <see cref="AfterClaim"/> and the fires of the wake-up, so a test can stop the process there.
/// </summary>
public sealed class Scheduler(
    IFireLedger ledger, IFireDispatcher dispatcher, ISchedulerJournal journal, TimeZoneInfo zone, TimeProvider time,
    Action<string, IReadOnlyList<FireClaim>>? checkpoint = null)
{
    /// <summary>The checkpoint just before the fires of a wake-up are claimed: nothing of them is recorded yet.</summary>
    public const string BeforeClaim = "before-claim";

    /// <summary>The checkpoint just after the claim committed: the fires and their runs are recorded, no process is started.</summary>
    public const string AfterClaim = "after-claim";

    /// <summary>The longest sleep, in monotonic time: how soon a stepped wall clock is noticed.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(1);

    /// <summary>How far the wall clock must move against the monotonic clock between two wake-ups to count as a step.</summary>
    public static readonly TimeSpan StepTolerance = TimeSpan.FromSeconds(1);

    /// <summary>Missed fires of one job logged one by one per wake-up; the rest are summarized in one event.</summary>
    public const int ListedSkipsPerWake = 10;

    private readonly FirePlan _plan = new(zone);
    private readonly ConcurrentQueue<(ResolvedSchedule? Schedule, IReadOnlyList<Diagnostic>? Errors)> _inbox = new();
    private readonly Lock _gate = new();
    private readonly List<(ResolvedJob Job, DateTimeOffset At, RunKind Kind)> _due = [];
    private Dictionary<int, ResolvedJob> _invalid = [];
    private TaskCompletionSource _signal = NewSignal();
    private TaskCompletionSource? _idle;
    private bool _parked;
    private bool _ended;
    private long _wakeAt;
    private int _started;
    private bool _planned;

    /// <summary>Hands a new valid schedule to the loop (thread-safe; the loop applies the latest one when it wakes, at once).</summary>
    public void Apply(ResolvedSchedule schedule)
    {
        _inbox.Enqueue((schedule, null));
        Wake();
    }

    /// <summary>Tells the loop a new version of the schedule was invalid, to be journaled (thread-safe); the schedule in force stays.</summary>
    public void Reject(IReadOnlyList<Diagnostic> errors)
    {
        _inbox.Enqueue((null, errors));
        Wake();
    }

    /// <summary>
    /// Completes when the loop is asleep with nothing to do until its timer elapses or a message
    /// comes: every fire due at the provider's current time has been handled (or the loop ended).
    /// For tests driving a fake clock, and for diagnostics.
    /// </summary>
    public Task WhenIdle()
    {
        var now = time.GetTimestamp();
        lock (_gate)
        {
            if (IsIdle(now))
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }

    /// <summary>Runs the loop until <paramref name="stop"/> is cancelled, then returns (running jobs are the dispatcher's to drain).</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The scheduler loop runs once; create another scheduler to run again.");
        }

        using var timer = time.CreateTimer(static s => ((Scheduler)s!).Wake(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        using var stopping = stop.Register(static s => ((Scheduler)s!).Wake(), this);
        try
        {
            var lastWall = time.GetUtcNow();
            var lastTick = time.GetTimestamp();
            while (!stop.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                var tick = time.GetTimestamp();
                var expected = lastWall + time.GetElapsedTime(lastTick, tick);
                if ((now - expected).Duration() >= StepTolerance)
                {
                    journal.Record(new ClockStepped(expected, now));
                }

                (lastWall, lastTick) = (now, tick);
                journal.Record(new WokeUp(now));
                TakeMessages(now);
                FireDue(now, stop);
                await SleepAsync(timer, stop).ConfigureAwait(false);
            }

            journal.Record(new Stopped(time.GetUtcNow()));
        }
        finally
        {
            lock (_gate)
            {
                _ended = true;
                _idle?.TrySetResult();
                _idle = null;
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes the loop (timer elapsed, message, stop). A spurious wake-up is harmless.</summary>
    private void Wake()
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            signal = _signal;
        }

        signal.TrySetResult();
    }

    private bool IsIdle(long timestamp) =>
        _ended || (_parked && !_signal.Task.IsCompleted && _inbox.IsEmpty && timestamp < _wakeAt);

    /// <summary>Applies the latest schedule received (the first one resumes each job after its last claimed fire) and journals rejections.</summary>
    private void TakeMessages(DateTimeOffset now)
    {
        ResolvedSchedule? latest = null;
        while (_inbox.TryDequeue(out var message))
        {
            if (message.Schedule is { } schedule)
            {
                latest = schedule;
            }
            else
            {
                journal.Record(new ScheduleRejected(message.Errors ?? []));
            }
        }

        if (latest is not null)
        {
            var fromLedger = !_planned;
            var last = fromLedger ? ledger.LastClaimedOfAll() : null;
            var change = _plan.Replace(latest, now, last is null ? null : id => last.TryGetValue(id, out var at) ? at : null);
            _planned = true;
            journal.Record(new Reloaded(change.JobCount, change.Added, change.Changed, change.Removed, fromLedger));
            NoteInvalid(latest);
        }
    }

    /// <summary>Journals the jobs left out of the plan for an invalid configuration, when that set or their errors changed.</summary>
    private void NoteInvalid(ResolvedSchedule schedule)
    {
        var invalid = new Dictionary<int, ResolvedJob>();
        foreach (var job in schedule.Jobs)
        {
            if (!job.IsValid && job.Row.IsActive)
            {
                invalid.TryAdd(job.Id, job);
            }
        }

        var changed = invalid.Values.Where(j => !_invalid.TryGetValue(j.Id, out var old) || !old.Problems.SequenceEqual(j.Problems)).ToList();
        var fixedJobs = _invalid.Keys.Where(id => !invalid.ContainsKey(id) && schedule.Find(id) is { IsValid: true })
            .Select(id => schedule.Find(id)!.Row).ToList();
        _invalid = invalid;
        if (changed.Count > 0 || fixedJobs.Count > 0)
        {
            journal.Record(new JobsNotPlanned(changed, fixedJobs, [.. invalid.Values]));
        }
    }

    private void FireDue(DateTimeOffset now, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && _plan.TryTakeDue(now, out var job, out var instant))
        {
            _plan.MoveCursor(job.Id, Handle(job, instant, now, stop));
        }

        ClaimDue(now, stop);
    }

    /// <summary>
    /// Handles a due job whose next fire is <paramref name="cursor"/>: missed fires (before
    /// now − grace) by the misfire policy, then every fire within the grace; returns the next
    /// fire after <paramref name="now"/>. A cursor never moves back.
    /// </summary>
    private DateTimeOffset? Handle(ResolvedJob job, DateTimeOffset cursor, DateTimeOffset now, CancellationToken stop)
    {
        var rule = job.Valid.Misfire;
        var onTimeFrom = now - rule.EffectiveGrace;
        DateTimeOffset? next = cursor;
        if (cursor < onTimeFrom)
        {
            next = HandleMissed(job, cursor, onTimeFrom, now, rule, stop);
        }

        while (next is { } at && at <= now)
        {
            Enqueue(job, at, RunKind.OnTime, stop);
            next = job.Row.Timing.NextAfter(at, zone);
        }

        return next;
    }

    /// <summary>
    /// The fires from <paramref name="cursor"/> to before <paramref name="onTimeFrom"/> were missed:
    /// the most recent <see cref="MisfireRule.MissedRuns"/> run (oldest first), the others are
    /// skipped: the first <see cref="ListedSkipsPerWake"/> journaled one by one, the rest in one summary.
    /// </summary>
    private DateTimeOffset? HandleMissed(ResolvedJob job, DateTimeOffset cursor, DateTimeOffset onTimeFrom, DateTimeOffset now, MisfireRule rule, CancellationToken stop)
    {
        var wanted = rule.MissedRuns;
        var timing = job.Row.Timing;
        var missed = MissedFires.Find(timing, zone, cursor, onTimeFrom, ListedSkipsPerWake + 1, wanted + 1);
        var runs = (int)Math.Min(wanted, missed.Count);
        var skipped = missed.Count - runs;
        var listed = (int)Math.Min(skipped, ListedSkipsPerWake);
        for (var i = 0; i < listed; i++)
        {
            journal.Record(new Skipped(job.Row, missed.Earliest[i], SkipReason.Misfire));
        }

        if (skipped > listed)
        {
            journal.Record(new MisfiresSummarized(job.Row, skipped - listed, missed.CountIsLowerBound, missed.Earliest[listed], missed.Latest[^(runs + 1)]));
        }

        foreach (var at in missed.Latest.Skip(missed.Latest.Count - runs))
        {
            Enqueue(job, at, RunKind.Misfire, stop);
        }

        return MissedFires.FirstAtOrAfter(timing, zone, onTimeFrom);
    }

    /// <summary>Queues the fire to be claimed and dispatched with the others due at this wake-up (<see cref="ClaimDue"/>).</summary>
    private void Enqueue(ResolvedJob job, DateTimeOffset at, RunKind kind, CancellationToken stop)
    {
        if (!stop.IsCancellationRequested)
        {
            _due.Add((job, at, kind));
        }
    }

    /// <summary>
    /// Claims the fires due at this wake-up in the ledger, all at once (one transaction that also
    /// begins each fire's run), then dispatches, in order, each one this process was the first to claim.
    /// </summary>
    private void ClaimDue(DateTimeOffset now, CancellationToken stop)
    {
        if (_due.Count == 0)
        {
            return;
        }

        try
        {
            if (stop.IsCancellationRequested)
            {
                return;
            }

            IReadOnlyList<RunRecord?> claimed;
            var claims = _due.Select(f => new FireClaim(f.Job.Id, f.Job.Name, f.At, f.Kind)).ToList();
            try
            {
                checkpoint?.Invoke(BeforeClaim, claims);
                claimed = ledger.ClaimAll(claims);
                checkpoint?.Invoke(AfterClaim, claims);
            }
            catch (Exception e)
            {
                // A failing ledger loses these fires, not the scheduler: journaled, and the loop goes on.
                foreach (var (job, at, _) in _due)
                {
                    journal.Record(new FireFailed(job.Row, at, e));
                }

                return;
            }

            for (var i = 0; i < _due.Count; i++)
            {
                Dispatch(_due[i].Job, _due[i].At, now, _due[i].Kind, claimed[i]);
            }
        }
        finally
        {
            _due.Clear();
        }
    }

    private void Dispatch(ResolvedJob job, DateTimeOffset at, DateTimeOffset now, RunKind kind, RunRecord? run)
    {
        if (run is null)
        {
            journal.Record(new ClaimRefused(job.Row, at));
            return;
        }

        var lateness = Lateness.Of(at, now);
        try
        {
            dispatcher.Dispatch(new Fire(job, at, lateness, kind, run));
        }
        catch (Exception e)
        {
            // A failing dispatcher loses this fire, not the scheduler: journaled, and the loop goes on (its run, begun, is recovered LOST at the next start).
            journal.Record(new FireFailed(job.Row, at, e));
            return;
        }

        journal.Record(kind == RunKind.OnTime ? new Fired(job.Row, at, lateness) : new MisfireRun(job.Row, at, lateness));
    }

    /// <summary>
    /// Sleeps until the earliest next fire, at most <see cref="MaxSleep"/>, or until a message or
    /// the stop comes. The signal is armed before the inbox is checked, so no wake-up is lost.
    /// </summary>
    private async Task SleepAsync(ITimer timer, CancellationToken stop)
    {
        var signal = NewSignal();
        lock (_gate)
        {
            _signal = signal;
        }

        if (!_inbox.IsEmpty || stop.IsCancellationRequested)
        {
            return;
        }

        var delay = _plan.Earliest is { } earliest ? earliest - time.GetUtcNow() : MaxSleep;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        delay = delay < MaxSleep ? delay : MaxSleep;
        timer.Change(delay, Timeout.InfiniteTimeSpan);

        // Read after arming: if the timer is already due, it has completed the signal, which IsIdle checks too.
        var now = time.GetTimestamp();
        var wakeAt = now + (delay.Ticks * time.TimestampFrequency / TimeSpan.TicksPerSecond);
        lock (_gate)
        {
            (_parked, _wakeAt) = (true, wakeAt);
            if (_idle is not null && IsIdle(now))
            {
                _idle.TrySetResult();
                _idle = null;
            }
        }

        await signal.Task.ConfigureAwait(false);
        lock (_gate)
        {
            _parked = false;
        }
    }
}
