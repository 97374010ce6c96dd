using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Quartz.Impl;
using Runner.Core.Configuration;
using Runner.Core.Schedules;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Engine.Scheduling;
using Runner.Engine.Scheduling.Events;

namespace Runner.Benchmarks;

/// <summary>
/// The engine's cost per fire with a no-op executor, against Quartz.NET's in-memory scheduler
/// doing the same work: <see cref="Jobs"/> jobs come due at one instant, each is evaluated
/// (its next fire computed), claimed, dispatched to a thread-pool task that does nothing, and
/// accounted for when it ends. Runner: the real <see cref="Scheduler"/> loop and
/// <see cref="FireDispatcher"/> (overlap policy from the job's settings) on a fake clock
/// advanced one second per operation, with an in-memory ledger. Quartz: a started
/// <c>StdSchedulerFactory</c> scheduler (RAMJobStore, default thread pool) given
/// <see cref="Jobs"/> jobs with one-shot triggers due now per operation.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks : IDisposable
{
    /// <summary>Fires per operation; results are per fire.</summary>
    public const int Jobs = 1000;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static CountdownEvent _done = new(Jobs);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private CancellationTokenSource? _stop;
    private Task? _loop;
    private FireDispatcher? _dispatcher;
    private IScheduler? _quartz;

    [GlobalSetup(Target = nameof(Runner))]
    public void StartRunner()
    {
        var ledger = new LastFireLedger();
        _dispatcher = new FireDispatcher(NoOpRunAsync, new NoStore(), NoJournal.Instance, _time);
        var scheduler = new Scheduler(ledger, _dispatcher, NoJournal.Instance, TimeZoneInfo.Utc, _time);
        var rows = string.Join('\n', Enumerable.Range(0, Jobs).Select(id => $"{id}\tjob{id}\t\t\t/bin/true\t*\t*\t*\t*\t*\t\tY"));
        var schedule = ScheduleReader.Read("ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n" + rows).Schedule;
        scheduler.Apply(new JobResolver(new FixedSettings()).Resolve(schedule));
        _stop = new CancellationTokenSource();
        _loop = scheduler.RunAsync(_stop.Token);
        scheduler.WhenIdle().Wait();
    }

    [GlobalCleanup(Target = nameof(Runner))]
    public void StopRunner()
    {
        _stop!.Cancel();
        _loop!.Wait();
    }

    [GlobalSetup(Target = nameof(Quartz))]
    public void StartQuartz()
    {
        _quartz = new StdSchedulerFactory().GetScheduler().GetAwaiter().GetResult();
        _quartz.Start().GetAwaiter().GetResult();
    }

    [GlobalCleanup(Target = nameof(Quartz))]
    public void StopQuartz() => _quartz!.Shutdown(waitForJobsToComplete: true).GetAwaiter().GetResult();

    /// <summary>One second of <see cref="Jobs"/> per-second jobs: the loop wakes, claims and dispatches each, every run ends.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Jobs)]
    public void Runner()
    {
        _done.Reset(Jobs);
        _time.Advance(TimeSpan.FromSeconds(1));
        if (!_done.Wait(Wait) || !SpinWait.SpinUntil(() => _dispatcher!.Running == 0, Wait))
        {
            throw new TimeoutException("the fires did not all run");
        }
    }

    /// <summary><see cref="Jobs"/> jobs with one-shot triggers due now: Quartz acquires, fires and runs each.</summary>
    [Benchmark(OperationsPerInvoke = Jobs)]
    public void Quartz()
    {
        _done.Reset(Jobs);
        var now = TimeProvider.System.GetUtcNow();
        var batch = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>(Jobs);
        for (var i = 0; i < Jobs; i++)
        {
            var job = JobBuilder.Create<NoOpJob>().WithIdentity($"job{i}").Build();
            batch[job] = [TriggerBuilder.Create().WithIdentity($"trigger{i}").StartAt(now).Build()];
        }

        _quartz!.ScheduleJobs(batch, replace: true).GetAwaiter().GetResult();
        if (!_done.Wait(Wait))
        {
            throw new TimeoutException("the fires did not all run");
        }
    }

    public void Dispose()
    {
        _stop?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Task<RunRecord> NoOpRunAsync(RunRequest request, CancellationToken token)
    {
        _done.Signal();
        return Task.FromResult(new RunRecord(
            1, request.Job.Id, request.Job.Name, request.Trigger, request.Scheduled, request.Trigger, request.Trigger,
            global::Runner.Core.Runs.RunOutcome.Done, 0, 1, "h", null, null, null, request.Kind));
    }

    /// <summary>The no-op job of Quartz.</summary>
    public sealed class NoOpJob : IJob
    {
        public Task Execute(IJobExecutionContext context)
        {
            _done.Signal();
            return Task.CompletedTask;
        }
    }

    /// <summary>An in-memory ledger: a fire is claimed when it is later than the job's last one; its run is begun in memory.</summary>
    private sealed class LastFireLedger : IFireLedger
    {
        private readonly Dictionary<int, DateTimeOffset> _last = [];
        private readonly Lock _gate = new();
        private long _runs;

        public bool TryClaim(int jobId, DateTimeOffset instant)
        {
            lock (_gate)
            {
                if (_last.TryGetValue(jobId, out var last) && last >= instant)
                {
                    return false;
                }

                _last[jobId] = instant;
                return true;
            }
        }

        public IReadOnlyList<RunRecord?> ClaimAll(IReadOnlyList<FireClaim> claims) =>
            [.. claims.Select(c => TryClaim(c.JobId, c.Scheduled)
                ? new RunRecord(Interlocked.Increment(ref _runs), c.JobId, c.JobName, c.Scheduled, c.Scheduled, c.Scheduled, null, global::Runner.Core.Runs.RunOutcome.Running, null, 1, "h", null, null, null, c.Kind)
                : null)];

        public DateTimeOffset? LastClaimed(int jobId) => null;

        public IReadOnlyDictionary<int, DateTimeOffset> LastClaimedOfAll() => new Dictionary<int, DateTimeOffset>();
    }

    /// <summary>Every job's settings: the defaults (overlap skip), resolved once as the real source's are.</summary>
    private sealed class FixedSettings : ISettingsSource
    {
        private readonly HomeSettings _settings = new(LayeredConfig.Create(new ConfigSources()), TimeZoneInfo.Utc, []);

        public bool IsWindows => false;

        public HomeSettings Load() => _settings;

        public JobConfig LoadJob(int jobId, HomeSettings main) => new(main.Config, [], string.Empty);

        public string JobVersion(int jobId) => string.Empty;
    }

    private sealed class NoJournal : ISchedulerJournal
    {
        public static readonly NoJournal Instance = new();

        public void Record(SchedulerEvent e)
        {
        }
    }

    /// <summary>The store the dispatcher reads only for overlapping runs, which do not happen here.</summary>
    private sealed class NoStore : IRunStore
    {
        public RunRecord Begin(RunRecord run) => throw new NotSupportedException();

        public void Started(RunRecord run) => throw new NotSupportedException();

        public void Finish(RunRecord run) => throw new NotSupportedException();

        public RunRecord Record(RunRecord run) => throw new NotSupportedException("a fire overlapped its previous run");

        public RunRecord? Find(long runId) => null;

        public IReadOnlyList<RunRecord> History(HistoryQuery query) => [];

        public IReadOnlyList<RunRecord> Unfinished() => [];

        public IReadOnlyList<string> Prune(DateTimeOffset? olderThan, int? keepPerJob) => [];
    }
}
