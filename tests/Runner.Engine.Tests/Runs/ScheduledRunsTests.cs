using Microsoft.Extensions.Time.Testing;
using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Engine.Tests.Support;
using Runner.Testing.Stores;
using static Runner.Testing.Contracts.RunRecords;

namespace Runner.Engine.Tests.Runs;

/// <summary>
/// The scheduler's runs and their pruning: at most one prune per <see cref="ScheduledRuns.PruneInterval"/>,
/// one left pending for the interval's end, and a failing prune reported, retried and never the run's failure.
/// Time is a fake clock; [LOG] keep_runs = 1 makes each prune visible in the history.
/// </summary>
public sealed class ScheduledRunsTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new(Base);
    private readonly WatchedRunStore _store = new(new MemoryRunStore());
    private readonly MemoryRunLogs _logs = new();
    private readonly Lock _gate = new();
    private readonly List<string> _warnings = [];
    private readonly TaskCompletionSource _warned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ScheduledRuns _runs;

    public ScheduledRunsTests()
    {
        var settings = new IniSettings("[LOG]\nkeep_days = 0\nkeep_runs = 1\n");
        var pipeline = new RunPipeline(new ExitingLauncher(), _store, _logs, new HostFacts("host1", "user", "os", "rt"), "/home", _time);
        _runs = new ScheduledRuns(pipeline, new Retention(_store, _logs, settings, _time), _time, Warn);
    }

    [Fact]
    public async Task The_first_run_prunes_as_soon_as_it_ends()
    {
        _store.Record(Ended(7, -10, logPath: "/old-1.log"));
        _store.Record(Ended(7, -5, logPath: "/old-2.log"));

        var run = await RunAsync();

        Assert.Equal(1, _store.Prunes);
        Assert.Equal([run.RunId], Kept());
        Assert.Equal(["/old-1.log", "/old-2.log"], _logs.Deleted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Runs_ending_within_the_interval_leave_one_prune_pending_for_its_end()
    {
        await RunAsync();
        _time.Advance(TimeSpan.FromMilliseconds(200));

        await RunAsync();
        var last = await RunAsync();
        Assert.Equal(1, _store.Prunes);
        Assert.Equal(3, Kept().Length);

        _time.Advance(TimeSpan.FromMilliseconds(799));
        Assert.Equal(1, _store.Prunes);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await _store.WhenPruned(2).WaitAsync(Hang);
        Assert.Equal([last.RunId], Kept());

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(2, _store.Prunes);
    }

    [Fact]
    public async Task A_run_a_full_interval_after_the_last_prune_prunes_at_once()
    {
        await RunAsync();
        _time.Advance(ScheduledRuns.PruneInterval);

        var second = await RunAsync();

        Assert.Equal(2, _store.Prunes);
        Assert.Equal([second.RunId], Kept());
    }

    [Fact]
    public async Task A_failing_prune_is_reported_not_the_runs_failure_and_is_retried_after_the_next_run()
    {
        _store.Record(Ended(7, -10, logPath: "/old.log"));
        _store.PruneFailure = new InvalidOperationException("database is locked");

        var failed = await RunAsync();

        Assert.Equal(RunOutcome.Done, failed.Outcome);
        Assert.Equal(RunOutcome.Done, _store.Find(failed.RunId)!.Outcome);
        Assert.Equal(["old runs not pruned: database is locked"], Warnings());
        Assert.Equal(2, Kept().Length);

        _store.PruneFailure = null;
        _time.Advance(ScheduledRuns.PruneInterval);
        var next = await RunAsync();

        Assert.Equal(2, _store.Prunes);
        Assert.Equal([next.RunId], Kept());
        Assert.Single(Warnings());
    }

    [Fact]
    public async Task A_pending_prune_that_fails_is_reported_and_the_runs_stand()
    {
        await RunAsync();
        _store.PruneFailure = new InvalidOperationException("disk I/O error");
        _time.Advance(TimeSpan.FromMilliseconds(500));
        var second = await RunAsync();

        _time.Advance(TimeSpan.FromMilliseconds(500));
        await _warned.Task.WaitAsync(Hang);

        Assert.Equal(RunOutcome.Done, second.Outcome);
        Assert.Equal(2, _store.Prunes);
        Assert.Equal(["old runs not pruned: disk I/O error"], Warnings());
        Assert.Equal(2, Kept().Length);
        Assert.All(_store.History(new()), r => Assert.Equal(RunOutcome.Done, r.Outcome));
    }

    private Task<RunRecord> RunAsync()
    {
        var fire = _time.GetUtcNow();
        return _runs.RunAsync(new RunRequest(Resolution.Of(TestJobs.EverySecond(7)), fire, RunKind.OnTime, fire), CancellationToken.None);
    }

    private void Warn(string message)
    {
        lock (_gate)
        {
            _warnings.Add(message);
        }

        _warned.TrySetResult();
    }

    private string[] Warnings()
    {
        lock (_gate)
        {
            return [.. _warnings];
        }
    }

    private long[] Kept() => [.. _store.History(new(JobId: 7)).Select(r => r.RunId)];
}
