using Runner.Core.Runs;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Engine.Scheduling.Events;

namespace Runner.Engine.Scheduling;

/// <summary>
/// Runs the fires the loop claimed, in the background, under each job's <c>[JOB] overlap</c>
/// (<see cref="OverlapDecision"/>): skip records the fire's run SKIPPED, queue keeps one waiting
/// fire, parallel starts alongside, replace cancels the running runs first. Every fire comes
/// with its run record already begun (by the ledger's claim, or by <see cref="RunNow"/>), and
/// the dispatcher carries it to its end; records are written off the caller's thread, which
/// does no I/O. <see cref="StopAsync"/> drains: no new start, waiting fires recorded SKIPPED,
/// running runs get the grace, then their tokens are cancelled (TERM, KILL, KILLED).
/// </summary>
public sealed class FireDispatcher(
    Func<RunRequest, CancellationToken, Task<RunRecord>> run,
    IRunStore store,
    ISchedulerJournal journal,
    TimeProvider time) : IFireDispatcher
{
    /// <summary>Why a waiting fire did not start.</summary>
    public const string StoppedWhileQueued = "the scheduler stopped before the waiting fire could start ([JOB] overlap = queue)";

    /// <summary>Why a fire handed over during a stop did not start.</summary>
    public const string StoppedBeforeStart = "the scheduler was stopping and started no new run";

    private readonly Lock _gate = new();
    private readonly Dictionary<int, JobRuns> _jobs = [];
    private readonly HashSet<Task> _all = [];
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _stopping;

    /// <summary>The jobs with a run in flight or a fire waiting (an idle job has no entry).</summary>
    public int BusyJobs
    {
        get
        {
            lock (_gate)
            {
                return _jobs.Count;
            }
        }
    }

    /// <summary>Runs in flight and records being written, all jobs together.</summary>
    public int Running
    {
        get
        {
            lock (_gate)
            {
                return _all.Count;
            }
        }
    }

    public Dispatched Dispatch(Fire fire)
    {
        lock (_gate)
        {
            if (_stopping)
            {
                Skip(fire, StoppedBeforeStart, journaled: false);
                return new Dispatched(fire.Run, DispatchAction.Stopping, StoppedBeforeStart);
            }

            var runs = RunsOf(fire.Job.Id);
            var decision = OverlapDecision.Decide(fire.Job.Valid.Policy.Overlap, [.. runs.Running.Keys], runs.Queued.Count);
            switch (decision.Action)
            {
                case OverlapAction.Start:
                    Start(fire, runs);
                    return new Dispatched(fire.Run, DispatchAction.Started, null);
                case OverlapAction.Enqueue:
                    runs.Queued.Enqueue(fire);
                    return new Dispatched(fire.Run, DispatchAction.Queued, decision.Reason);
                case OverlapAction.ReplaceRunning:
                    foreach (var running in runs.Running.Values)
                    {
                        running.Cancel();
                    }

                    Start(fire, runs);
                    return new Dispatched(fire.Run, DispatchAction.Started, decision.Reason);
                default:
                    Skip(fire, decision.Reason, journaled: true);
                    return new Dispatched(fire.Run, DispatchAction.Skipped, decision.Reason);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="job"/> now for <paramref name="trigger"/>, on an operator's request,
    /// under the job's overlap policy like any fire: begins its run record (manual: no scheduled
    /// instant) and dispatches it; returns what became of it.
    /// </summary>
    public Dispatched RunNow(ResolvedJob job, DateTimeOffset trigger, HostFacts host)
    {
        var now = time.GetUtcNow();
        var begun = store.Begin(new RunRecord(0, job.Id, job.Name, trigger, null, now, null, RunOutcome.Running, null, 1, host.Host, null, null, null, RunKind.Manual) { Node = host.Node });
        return Dispatch(new Fire(job, trigger, TimeSpan.Zero, RunKind.Manual, begun));
    }

    /// <summary>Stops starting runs, records the waiting fires SKIPPED, waits up to <paramref name="grace"/> for the running ones, then cancels them and waits for their records.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        lock (_gate)
        {
            _stopping = true;
            foreach (var runs in _jobs.Values)
            {
                while (runs.Queued.TryDequeue(out var waiting))
                {
                    Skip(waiting, StoppedWhileQueued, journaled: false);
                }
            }

            if (_all.Count == 0)
            {
                _drained.TrySetResult();
            }
        }

        if (await Task.WhenAny(_drained.Task, Task.Delay(grace, time)).ConfigureAwait(false) != _drained.Task)
        {
            lock (_gate)
            {
                foreach (var source in _jobs.Values.SelectMany(r => r.Running.Values))
                {
                    source.Cancel();
                }
            }

            await _drained.Task.ConfigureAwait(false);
        }
    }

    private JobRuns RunsOf(int jobId)
    {
        if (!_jobs.TryGetValue(jobId, out var runs))
        {
            runs = new JobRuns();
            _jobs[jobId] = runs;
        }

        return runs;
    }

    /// <summary>Starts the fire's run in the background; called under the gate.</summary>
    private void Start(Fire fire, JobRuns runs)
    {
        var source = new CancellationTokenSource();
        runs.Running[fire.Run.RunId] = source;
        var scheduled = fire.Kind == RunKind.Manual ? (DateTimeOffset?)null : fire.Scheduled;
        Track(Task.Run(() => run(new RunRequest(fire.Job, fire.Scheduled, fire.Kind, scheduled, fire.Run), source.Token)), fire, runs);
    }

    /// <summary>Records the fire's begun run SKIPPED in the background (journaled as an overlap skip when asked); called under the gate.</summary>
    private void Skip(Fire fire, string? reason, bool journaled)
    {
        if (journaled)
        {
            journal.Record(new Skipped(fire.Job.Row, fire.Scheduled, SkipReason.Overlap));
        }

        var skipped = fire.Run with { Finished = time.GetUtcNow(), Outcome = RunOutcome.Skipped, Message = reason };
        Track(Task.Run(() => store.Finish(skipped)), fire, null);
    }

    private void Track(Task task, Fire fire, JobRuns? runs)
    {
        _all.Add(task);
        _ = task.ContinueWith(t => Ended(fire, runs, t), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void Ended(Fire fire, JobRuns? runs, Task task)
    {
        if (task.Exception is { } error)
        {
            journal.Record(new FireFailed(fire.Job.Row, fire.Scheduled, error.GetBaseException()));
        }

        lock (_gate)
        {
            _all.Remove(task);
            if (runs is not null && runs.Running.Remove(fire.Run.RunId, out var source))
            {
                source.Dispose();
                if (!_stopping && runs.Running.Count == 0 && runs.Queued.TryDequeue(out var next))
                {
                    Start(next, runs);
                }
                else if (runs.Running.Count == 0 && runs.Queued.Count == 0)
                {
                    // Nothing of the job in flight: its entry goes, so memory does not grow with the number of jobs that ever ran.
                    _jobs.Remove(fire.Job.Id);
                }
            }

            if (_stopping && _all.Count == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    /// <summary>One job's runs in flight (by run id) and its waiting fires.</summary>
    private sealed class JobRuns
    {
        public Dictionary<long, CancellationTokenSource> Running { get; } = [];

        public Queue<Fire> Queued { get; } = new();
    }
}
