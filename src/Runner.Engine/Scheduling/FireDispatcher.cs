using System.Runtime.CompilerServices;
using Runner.Core.Configuration;
using Runner.Core.Runs;
using Runner.Core.Schedules;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Engine.Scheduling.Events;

namespace Runner.Engine.Scheduling;

/// <summary>
/// Runs the fires the loop claimed, in the background, under each job's <c>[JOB] overlap</c>
/// (<see cref="OverlapDecision"/>): skip records a SKIPPED run, queue keeps one waiting fire,
/// parallel starts alongside, replace cancels the running runs first. The run id is attached to
/// the ledger when the run ends (the pipeline returns it then). <see cref="StopAsync"/> drains:
/// no new start, running runs get the grace, then their tokens are cancelled (TERM, KILL, KILLED).
/// </summary>
public sealed class FireDispatcher(
    Func<RunRequest, CancellationToken, Task<RunRecord>> run,
    IRunStore store,
    IFireLedger ledger,
    ISettingsSource settings,
    ISchedulerJournal journal,
    HostFacts host,
    TimeProvider time) : IFireDispatcher
{
    private readonly Lock _gate = new();
    private readonly ConditionalWeakTable<HomeSettings, StrongBox<OverlapPolicy>> _policies = [];
    private readonly Dictionary<int, JobRuns> _jobs = [];
    private readonly HashSet<Task> _all = [];
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _stopping;

    /// <summary>Runs in flight, all jobs together.</summary>
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

    public void Dispatch(Fire fire)
    {
        var overlap = PolicyOf(fire.Job.Id);
        OverlapDecision decision;
        lock (_gate)
        {
            if (_stopping)
            {
                return;
            }

            var runs = RunsOf(fire.Job.Id);
            decision = OverlapDecision.Decide(overlap, RunningIds(fire.Job.Id, runs), runs.Queued.Count);
            switch (decision.Action)
            {
                case OverlapAction.Start:
                    Start(fire, runs);
                    return;
                case OverlapAction.Enqueue:
                    runs.Queued.Enqueue(fire);
                    return;
                case OverlapAction.ReplaceRunning:
                    foreach (var running in runs.Running.Values)
                    {
                        running.Cancel();
                    }

                    Start(fire, runs);
                    return;
                default:
                    break;
            }
        }

        RecordSkipped(fire, decision.Reason);
    }

    /// <summary>
    /// Runs <paramref name="job"/> now for <paramref name="trigger"/>, on an operator's request,
    /// under the job's overlap policy like any fire; false when the dispatcher is stopping.
    /// </summary>
    public bool RunNow(Job job, DateTimeOffset trigger)
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return false;
            }
        }

        Dispatch(new Fire(job, trigger, TimeSpan.Zero, FireKind.Manual));
        return true;
    }

    /// <summary>Stops starting runs, waits up to <paramref name="grace"/> for the running ones, then cancels them and waits for their records.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        lock (_gate)
        {
            _stopping = true;
            foreach (var runs in _jobs.Values)
            {
                runs.Queued.Clear();
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

    /// <summary>The job's overlap policy, read again only when its settings were loaded again (a config file changed).</summary>
    private OverlapPolicy PolicyOf(int jobId)
    {
        try
        {
            var loaded = settings.Load(jobId);
            return _policies.GetValue(loaded, static s => new StrongBox<OverlapPolicy>(JobPolicy.From(s.Config, out _)?.Overlap ?? OverlapPolicy.Skip)).Value;
        }
        catch (IOException)
        {
            return OverlapPolicy.Skip;
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

    /// <summary>The run ids of the job's runs in flight (from the store, for the log's words); placeholders while a run is not recorded yet.</summary>
    private List<long> RunningIds(int jobId, JobRuns runs)
    {
        if (runs.Running.Count == 0)
        {
            return [];
        }

        var ids = store.Unfinished().Where(r => r.JobId == jobId).Select(r => r.RunId).ToList();
        while (ids.Count < runs.Running.Count)
        {
            ids.Add(0);
        }

        return ids;
    }

    /// <summary>Starts the fire's run in the background; called under the gate.</summary>
    private void Start(Fire fire, JobRuns runs)
    {
        var source = new CancellationTokenSource();
        var key = runs.NextKey++;
        runs.Running[key] = source;
        var task = Task.Run(() => RunAsync(fire, source.Token));
        _all.Add(task);
        _ = task.ContinueWith(t => Ended(fire, runs, key, t), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private async Task RunAsync(Fire fire, CancellationToken token)
    {
        var manual = fire.Kind == FireKind.Manual;
        var record = await run(new RunRequest(fire.Job, fire.Instant, manual ? null : fire.Instant), token).ConfigureAwait(false);
        if (manual)
        {
            return;
        }

        try
        {
            ledger.Attach(fire.Job.Id, fire.Instant, record.RunId);
        }
        catch (InvalidOperationException)
        {
            // A fire not in the ledger cannot be linked; the run is in the history all the same.
        }
    }

    private void Ended(Fire fire, JobRuns runs, long key, Task task)
    {
        if (task.Exception is { } error)
        {
            journal.Record(new FireFailed(fire.Job, fire.Instant, error.GetBaseException()));
        }

        lock (_gate)
        {
            _all.Remove(task);
            if (runs.Running.Remove(key, out var source))
            {
                source.Dispose();
            }

            if (!_stopping && runs.Running.Count == 0 && runs.Queued.TryDequeue(out var next))
            {
                Start(next, runs);
            }

            if (_stopping && _all.Count == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    private void RecordSkipped(Fire fire, string? reason)
    {
        var now = time.GetUtcNow();
        store.Record(new RunRecord(
            0, fire.Job.Id, fire.Job.Name, fire.Instant, fire.Kind == FireKind.Manual ? null : fire.Instant, now, now, RunOutcome.Skipped, null, 1, host.Host, null, null, reason));
        journal.Record(new Skipped(fire.Job, fire.Instant, SkipReason.Overlap));
    }

    /// <summary>One job's runs in flight (by a local key) and its waiting fires.</summary>
    private sealed class JobRuns
    {
        public Dictionary<long, CancellationTokenSource> Running { get; } = [];

        public Queue<Fire> Queued { get; } = new();

        public long NextKey { get; set; }
    }
}
