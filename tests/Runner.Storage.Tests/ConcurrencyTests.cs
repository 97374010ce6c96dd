using Runner.Core.Runs;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;
using Runner.Testing.Contracts;

namespace Runner.Storage.Tests;

/// <summary>Several writers at once on one runner.db: real OS processes (scheduler and CLI) and threads.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Two_processes_creating_the_database_and_writing_200_runs_each_at_once_lose_nothing()
    {
        using var first = await WriterProcess.StartAsync("runs", _db.Path, 200, 1);
        using var second = await WriterProcess.StartAsync("runs", _db.Path, 200, 2);
        first.Go();
        second.Go();

        var firstIds = await first.ResultsAsync();
        var secondIds = await second.ResultsAsync();

        Assert.Equal(200, firstIds.Count);
        Assert.Equal(200, secondIds.Count);
        Assert.Equal(400, firstIds.Concat(secondIds).Distinct().Count());
        var store = new SqliteRunStore(_db.Open());
        var runs = store.History(new(Last: 1000));
        Assert.Equal(400, runs.Count);
        Assert.All(runs, run => Assert.Equal(RunOutcome.Done, run.Outcome));
        Assert.Equal(firstIds.Order(), runs.Where(run => run.JobId == 1).Select(run => run.RunId).Order());
        Assert.Equal(secondIds.Order(), runs.Where(run => run.JobId == 2).Select(run => run.RunId).Order());
        Assert.Equal(RunnerDatabase.LatestVersion, _db.Open().SchemaVersion());
    }

    [Fact]
    public async Task Two_processes_racing_for_the_same_500_fires_claim_each_exactly_once()
    {
        using (_db.Open())
        {
        }

        using var first = await WriterProcess.StartAsync("claims", _db.Path, 500, 7);
        using var second = await WriterProcess.StartAsync("claims", _db.Path, 500, 7);
        first.Go();
        second.Go();

        var firstWon = await first.ResultsAsync();
        var secondWon = await second.ResultsAsync();

        Assert.Empty(firstWon.Intersect(secondWon));
        Assert.Equal(Enumerable.Range(0, 500).Select(i => (long)i), firstWon.Concat(secondWon).Order());
        Assert.Equal(500L, _db.Scalar("SELECT count(*) FROM fires WHERE job_id = 7;"));
    }

    [Fact]
    public void Four_threads_of_one_process_write_100_runs_each_at_once()
    {
        var store = new SqliteRunStore(_db.Open());
        var ids = new long[4][];

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            ids[thread] = new long[100];
            for (var i = 0; i < 100; i++)
            {
                var run = store.Begin(RunRecords.Running(thread, i));
                store.Finish(run with { Outcome = RunOutcome.Done, Finished = run.Started.AddSeconds(1), ExitCode = 0 });
                ids[thread][i] = run.RunId;
            }
        });

        Assert.Equal(400, ids.SelectMany(thread => thread).Distinct().Count());
        Assert.Equal(400, store.History(new(Outcome: RunOutcome.Done, Last: 1000)).Count);
        Assert.Empty(store.Unfinished());
    }

    [Fact]
    public void Four_threads_racing_for_the_same_fires_claim_each_exactly_once()
    {
        var ledger = new SqliteFireLedger(_db.Open(), TimeProvider.System, "host");
        var fire = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var won = new int[4];

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            for (var i = 0; i < 200; i++)
            {
                if (ledger.TryClaim(1, fire.AddMinutes(i)))
                {
                    Interlocked.Increment(ref won[thread]);
                }
            }
        });

        Assert.Equal(200, won.Sum());
    }
}
