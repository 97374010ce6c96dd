using Microsoft.Extensions.Time.Testing;
using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;

namespace Runner.Storage.Tests;

public sealed class FireLedgerTests : IDisposable
{
    private static readonly DateTimeOffset Fire = new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 29, 1, 0, 0, 12, TimeSpan.Zero));
    private readonly RunnerDatabase _database;
    private readonly SqliteFireLedger _ledger;

    public FireLedgerTests()
    {
        _database = _db.Open();
        _ledger = new SqliteFireLedger(_database, _time, "host");
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_fire_is_claimed_once()
    {
        Assert.True(_ledger.TryClaim(1, Fire));
        Assert.False(_ledger.TryClaim(1, Fire));
    }

    [Fact]
    public void The_same_instant_at_another_offset_is_the_same_fire()
    {
        Assert.True(_ledger.TryClaim(1, Fire.ToOffset(TimeSpan.FromHours(2))));
        Assert.False(_ledger.TryClaim(1, Fire));
    }

    [Fact]
    public void Other_jobs_and_other_instants_are_other_fires()
    {
        Assert.True(_ledger.TryClaim(1, Fire));
        Assert.True(_ledger.TryClaim(2, Fire));
        Assert.True(_ledger.TryClaim(1, Fire.AddSeconds(1)));
        Assert.True(_ledger.TryClaim(1, Fire.AddMilliseconds(1)));
    }

    [Fact]
    public void A_claim_survives_a_restart()
    {
        Assert.True(_ledger.TryClaim(1, Fire));

        using var reopened = RunnerDatabase.Open(_db.Path);

        Assert.False(new SqliteFireLedger(reopened, _time, "host").TryClaim(1, Fire));
    }

    [Fact]
    public void A_claim_records_when_it_was_made_and_starts_without_a_run()
    {
        _ledger.TryClaim(1, Fire);

        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), _db.Scalar("SELECT recorded_utc FROM fires;"));
        Assert.Equal("claimed|", _db.Scalar("SELECT state || '|' || ifnull(run_id, '') FROM fires;"));
        Assert.Equal(Fire.ToUnixTimeMilliseconds(), _db.Scalar("SELECT scheduled_utc FROM fires;"));
    }

    [Fact]
    public void Last_claimed_is_the_latest_fire_instant_of_the_job_in_utc()
    {
        Assert.Null(_ledger.LastClaimed(1));

        _ledger.TryClaim(1, Fire.AddHours(1).ToOffset(TimeSpan.FromHours(-5)));
        _ledger.TryClaim(1, Fire);
        _ledger.TryClaim(2, Fire.AddDays(1));

        Assert.Equal(Fire.AddHours(1), _ledger.LastClaimed(1));
        Assert.Equal(TimeSpan.Zero, _ledger.LastClaimed(1)!.Value.Offset);
        Assert.Equal(Fire.AddDays(1), _ledger.LastClaimed(2));
        Assert.Null(_ledger.LastClaimed(3));
    }

    [Fact]
    public void Claiming_several_fires_at_once_claims_each_new_one_with_its_run_and_refuses_the_others()
    {
        _ledger.TryClaim(2, Fire);

        var claimed = _ledger.ClaimAll([new(1, "a", Fire, RunKind.OnTime), new(2, "b", Fire, RunKind.OnTime), new(1, "a", Fire.AddSeconds(1), RunKind.OnTime), new(1, "a", Fire, RunKind.OnTime)]);

        Assert.Equal([true, false, true, false], claimed.Select(r => r is not null));
        Assert.False(_ledger.TryClaim(1, Fire.AddSeconds(1)));
        Assert.Empty(_ledger.ClaimAll([]));
        var store = new SqliteRunStore(_database);
        var first = store.Find(claimed[0]!.RunId)!;
        Assert.Equal((1, "a", RunOutcome.Running, 1, "host"), (first.JobId, first.JobName, first.Outcome, first.Attempt, first.Host));
        Assert.Equal((Fire, Fire), (first.Trigger, first.Scheduled!.Value));
        Assert.Equal(2, store.Unfinished().Count);
    }

    [Fact]
    public void A_claim_and_its_run_carry_the_node_that_made_them()
    {
        var ledger = new SqliteFireLedger(_database, _time, "host", "host:/srv/runner");

        var run = ledger.ClaimAll([new(1, "a", Fire, RunKind.OnTime)])[0]!;

        Assert.Equal("host:/srv/runner", run.Node);
        Assert.Equal("host:/srv/runner", new SqliteRunStore(_database).Find(run.RunId)!.Node);
        Assert.Equal("host:/srv/runner", _db.Scalar("SELECT node FROM fires;"));
    }

    [Fact]
    public void A_claim_and_its_run_are_linked_in_the_ledger()
    {
        var run = _ledger.ClaimAll([new(1, "a", Fire, RunKind.OnTime)])[0]!;

        Assert.Equal($"started|{run.RunId}", _db.Scalar("SELECT state || '|' || run_id FROM fires;"));
        Assert.Equal($"{run.RunId}|1", _db.Scalar("SELECT run_id || '|' || job_id FROM runs;"));
    }

    [Fact]
    public void Last_claimed_of_all_reads_every_jobs_latest_fire_at_once()
    {
        Assert.Empty(_ledger.LastClaimedOfAll());

        _ledger.TryClaim(1, Fire.AddHours(1).ToOffset(TimeSpan.FromHours(-5)));
        _ledger.TryClaim(1, Fire);
        _ledger.TryClaim(2, Fire.AddDays(1));

        var last = _ledger.LastClaimedOfAll();
        Assert.Equal(2, last.Count);
        Assert.Equal(Fire.AddHours(1), last[1]);
        Assert.Equal(TimeSpan.Zero, last[1].Offset);
        Assert.Equal(Fire.AddDays(1), last[2]);
    }

    [Fact]
    public void A_claimed_fire_stays_claimed_when_its_run_is_pruned()
    {
        var store = new SqliteRunStore(_database);
        var run = _ledger.ClaimAll([new(1, "a", Fire, RunKind.OnTime)])[0]!;

        store.Finish(run with { Outcome = RunOutcome.Done, Finished = Fire.AddSeconds(1) });
        store.Prune(null, 0);

        Assert.Equal("started|", _db.Scalar("SELECT state || '|' || ifnull(run_id, '') FROM fires;"));
        Assert.False(_ledger.TryClaim(1, Fire));
    }
}
