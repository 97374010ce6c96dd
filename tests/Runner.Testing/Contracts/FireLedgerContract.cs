using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Testing.Contracts;

/// <summary>
/// What every <see cref="IFireLedger"/> does, written once and run against each implementation (a
/// subclass supplies a new, empty ledger per test, with the run history it shares a database with):
/// the first claimer of a fire wins, instants are compared to the millisecond as UTC instants.
/// </summary>
public abstract class FireLedgerContract
{
    private static readonly DateTimeOffset Fire = new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero);

    private (IFireLedger Ledger, IRunStore Runs)? _stores;

    protected IFireLedger Ledger => Stores.Ledger;

    protected IRunStore Runs => Stores.Runs;

    private (IFireLedger Ledger, IRunStore Runs) Stores => _stores ??= CreateStores();

    /// <summary>A new, empty ledger and the (empty) run history runs attach from, used by one test.</summary>
    protected abstract (IFireLedger Ledger, IRunStore Runs) CreateStores();

    [Fact]
    public void A_fire_is_claimed_once()
    {
        Assert.True(Ledger.TryClaim(1, Fire));
        Assert.False(Ledger.TryClaim(1, Fire));
        Assert.False(Ledger.TryClaim(1, Fire));
    }

    [Fact]
    public void The_same_instant_at_another_offset_is_the_same_fire()
    {
        Assert.True(Ledger.TryClaim(1, Fire.ToOffset(TimeSpan.FromHours(2))));
        Assert.False(Ledger.TryClaim(1, Fire));
        Assert.False(Ledger.TryClaim(1, Fire.ToOffset(TimeSpan.FromHours(-7))));
    }

    [Fact]
    public void Instants_are_told_apart_to_the_millisecond()
    {
        Assert.True(Ledger.TryClaim(1, Fire));
        Assert.False(Ledger.TryClaim(1, Fire.AddTicks(9_999)));
        Assert.True(Ledger.TryClaim(1, Fire.AddMilliseconds(1)));
    }

    [Fact]
    public void Other_jobs_and_other_instants_are_other_fires()
    {
        Assert.True(Ledger.TryClaim(1, Fire));
        Assert.True(Ledger.TryClaim(2, Fire));
        Assert.True(Ledger.TryClaim(1, Fire.AddSeconds(1)));
        Assert.True(Ledger.TryClaim(1, Fire.AddSeconds(-1)));
    }

    [Fact]
    public void Claiming_several_fires_at_once_claims_each_new_one_once_and_refuses_the_others()
    {
        Ledger.TryClaim(2, Fire);

        var claimed = Ledger.ClaimAll([Claim(1, Fire), Claim(2, Fire), Claim(1, Fire.AddSeconds(1)), Claim(1, Fire), Claim(3, Fire.ToOffset(TimeSpan.FromHours(1)))]);

        Assert.Equal([true, false, true, false, true], claimed.Select(r => r is not null));
        Assert.False(Ledger.TryClaim(1, Fire.AddSeconds(1)));
        Assert.False(Ledger.TryClaim(3, Fire));
        Assert.Empty(Ledger.ClaimAll([]));
    }

    [Fact]
    public void A_claim_begins_the_fires_run_in_the_history_and_a_refused_claim_begins_none()
    {
        var misfire = Claim(4, Fire.AddMinutes(1)) with { Kind = RunKind.Misfire };
        var claimed = Ledger.ClaimAll([Claim(4, Fire), misfire]);
        var refused = Ledger.ClaimAll([Claim(4, Fire)]);

        Assert.Equal([null], refused);
        var run = Runs.Find(claimed[0]!.RunId)!;
        Assert.Equal((4, "job4", RunOutcome.Running, 1, RunKind.OnTime), (run.JobId, run.JobName, run.Outcome, run.Attempt, run.Kind));
        Assert.Equal((Fire, Fire), (run.Trigger, run.Scheduled!.Value));
        Assert.Null(run.Pid);
        Assert.Equal(RunKind.Misfire, Runs.Find(claimed[1]!.RunId)!.Kind);
        Assert.Equal(2, Runs.Unfinished().Count);
        Assert.NotEqual(claimed[0]!.RunId, claimed[1]!.RunId);
    }

    [Fact]
    public void Last_claimed_is_the_latest_fire_instant_of_the_job_in_utc()
    {
        Assert.Null(Ledger.LastClaimed(1));

        Ledger.TryClaim(1, Fire.AddHours(1).ToOffset(TimeSpan.FromHours(-5)));
        Ledger.TryClaim(1, Fire);
        Ledger.TryClaim(2, Fire.AddDays(1).AddTicks(5_000));

        Assert.Equal(Fire.AddHours(1), Ledger.LastClaimed(1));
        Assert.Equal(TimeSpan.Zero, Ledger.LastClaimed(1)!.Value.Offset);
        Assert.Equal(Fire.AddDays(1), Ledger.LastClaimed(2));
        Assert.Equal(Fire.AddDays(1).UtcTicks, Ledger.LastClaimed(2)!.Value.UtcTicks);
        Assert.Null(Ledger.LastClaimed(3));
    }

    [Fact]
    public void Last_claimed_of_all_reads_every_jobs_latest_fire_at_once()
    {
        Assert.Empty(Ledger.LastClaimedOfAll());

        Ledger.ClaimAll([Claim(1, Fire.AddHours(1).ToOffset(TimeSpan.FromHours(-5))), Claim(1, Fire), Claim(2, Fire.AddDays(1))]);
        Ledger.TryClaim(2, Fire);

        var last = Ledger.LastClaimedOfAll();
        Assert.Equal([1, 2], last.Keys.Order());
        Assert.Equal((Fire.AddHours(1), TimeSpan.Zero), (last[1], last[1].Offset));
        Assert.Equal(Fire.AddDays(1), last[2]);
        Assert.Equal(last[1], Ledger.LastClaimed(1));
    }

    [Fact]
    public void A_claimed_fire_stays_claimed_when_its_run_is_pruned()
    {
        var run = Ledger.ClaimAll([Claim(1, Fire)])[0]!;
        Runs.Finish(RunRecords.EndOf(run));

        Runs.Prune(null, 0);

        Assert.Null(Runs.Find(run.RunId));
        Assert.False(Ledger.TryClaim(1, Fire));
        Assert.Equal(Fire, Ledger.LastClaimed(1));
    }

    private static FireClaim Claim(int jobId, DateTimeOffset scheduled) => new(jobId, $"job{jobId}", scheduled, RunKind.OnTime);
}
