using Runner.Engine.Scheduling;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>The loop itself: how it sleeps, wakes and stops.</summary>
public sealed class LoopTests
{
    private static readonly DateTimeOffset Start = At("2024-05-01T10:00:00Z");

    [Fact]
    public async Task With_nothing_due_soon_the_loop_still_wakes_every_second()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(Job(1, hour: "3", minute: "0", second: "0")));
        var before = harness.Journal.Of<WokeUp>().Count;

        await harness.AdvanceAsync(TimeSpan.FromMilliseconds(250), 40);

        Assert.Equal(10, harness.Journal.Of<WokeUp>().Count - before);
        Assert.Empty(harness.Dispatcher.Fires);
    }

    [Fact]
    public async Task The_loop_sleeps_exactly_until_a_fire_closer_than_a_second()
    {
        await using var harness = new SchedulerHarness(At("2024-05-01T10:00:00.700Z"));
        await harness.StartAsync(Schedule(EverySecond(1)));

        await harness.AdvanceAsync(TimeSpan.FromMilliseconds(300));

        Assert.Equal([Start.AddSeconds(1)], harness.Dispatcher.InstantsOf(1));
        Assert.Equal(TimeSpan.Zero, harness.Dispatcher.Fires[0].Lateness);
    }

    [Fact]
    public async Task Without_a_schedule_the_loop_waits_and_plans_the_first_one_it_gets()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule());
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 5);

        await harness.ReloadAsync(Schedule(EverySecond(1)));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 3);

        Assert.Equal([Start.AddSeconds(6), Start.AddSeconds(7), Start.AddSeconds(8)], harness.Dispatcher.InstantsOf(1));
    }

    [Fact]
    public async Task Stopping_returns_and_dispatches_nothing_more()
    {
        var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EverySecond(1)));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 3);

        await harness.DisposeAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(3, harness.Dispatcher.Fires.Count);
        Assert.IsType<Stopped>(harness.Journal.Events[^1]);
        await harness.Scheduler.WhenIdle();
    }

    [Fact]
    public async Task The_loop_runs_once()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule());

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Scheduler.RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_loop_stopped_before_it_started_returns_at_once()
    {
        var harness = new SchedulerHarness(Start);
        var scheduler = harness.Scheduler;

        await scheduler.RunAsync(new CancellationToken(canceled: true));

        Assert.IsType<Stopped>(Assert.Single(harness.Journal.Events));
        await scheduler.WhenIdle();
    }

    [Fact]
    public void The_loop_never_sleeps_longer_than_a_second() =>
        Assert.Equal(TimeSpan.FromSeconds(1), Scheduler.MaxSleep);
}
