using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>Exactly once: a fire is dispatched only when this process claimed it first in the ledger.</summary>
public sealed class LedgerTests
{
    private static readonly DateTimeOffset Start = At("2024-05-01T10:00:00Z");

    [Fact]
    public async Task A_fire_another_process_claimed_is_not_dispatched()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EveryMinute(1)));
        harness.Ledger.ClaimElsewhere(1, Start.AddMinutes(2));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 180);

        Assert.Equal([Start.AddMinutes(1), Start.AddMinutes(3)], harness.Dispatcher.InstantsOf(1));
        Assert.Equal(Start.AddMinutes(2), Assert.Single(harness.Journal.Of<ClaimRefused>()).Scheduled);
        Assert.Equal(2, harness.Journal.Of<Fired>().Count);
    }

    [Fact]
    public async Task Every_dispatched_fire_was_claimed_first()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EverySecond(1), EveryMinute(2)));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 120);

        Assert.All(harness.Dispatcher.Fires, f => Assert.False(harness.Ledger.TryClaim(f.Job.Id, f.Scheduled)));
        Assert.Equal(Start.AddSeconds(120), harness.Ledger.LastClaimed(1));
    }

    [Fact]
    public async Task A_failing_ledger_loses_the_fire_not_the_loop()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EveryMinute(1)));
        harness.Ledger.Failure = new InvalidOperationException("database is locked");

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 60);
        harness.Ledger.Failure = null;
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 60);

        var failed = Assert.Single(harness.Journal.Of<FireFailed>());
        Assert.Equal((Start.AddMinutes(1), "database is locked"), (failed.Scheduled, failed.Error.Message));
        Assert.Equal([Start.AddMinutes(2)], harness.Dispatcher.InstantsOf(1));
    }

    [Fact]
    public async Task A_failing_dispatcher_is_journaled_and_the_loop_goes_on()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EveryMinute(1)));
        harness.Dispatcher.Failure = new InvalidOperationException("no more threads");

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 60);
        harness.Dispatcher.Failure = null;
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 60);

        Assert.Equal(Start.AddMinutes(1), Assert.Single(harness.Journal.Of<FireFailed>()).Scheduled);
        Assert.Equal([Start.AddMinutes(2)], harness.Dispatcher.InstantsOf(1));
        Assert.DoesNotContain(harness.Journal.Of<Fired>(), f => f.Scheduled == Start.AddMinutes(1));
    }
}
