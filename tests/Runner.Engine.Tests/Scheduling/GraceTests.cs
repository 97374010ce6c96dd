using Runner.Core.Configuration;
using Runner.Engine.Ports;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>
/// misfire_grace: how late a fire may still start normally. The loop is held up (an overloaded
/// machine: one wake-up comes 30 s late) across a noon fire.
/// </summary>
public sealed class GraceTests
{
    [Theory]
    // grace  policy                 dispatched      skipped
    [InlineData(60, MisfirePolicy.Skip, RunKind.OnTime, false)]
    [InlineData(30, MisfirePolicy.Skip, RunKind.OnTime, false)]
    [InlineData(29, MisfirePolicy.Skip, null, true)]
    [InlineData(10, MisfirePolicy.Once, RunKind.Misfire, false)]
    [InlineData(10, MisfirePolicy.All, RunKind.Misfire, false)]
    [InlineData(0, MisfirePolicy.Skip, null, true)]
    public async Task A_fire_30_s_late_runs_normally_within_the_grace_and_is_missed_beyond_it(
        int graceSeconds, MisfirePolicy policy, RunKind? dispatched, bool skipped)
    {
        await using var harness = new SchedulerHarness(At("2024-05-01T11:59:59Z"), new MisfireRule(policy, 10, TimeSpan.FromSeconds(graceSeconds)));
        await harness.StartAsync(Schedule(Job(1, hour: "12", minute: "0", second: "0")));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(31));

        var fire = harness.Dispatcher.Fires.SingleOrDefault();
        Assert.Equal(dispatched, fire?.Kind);
        if (fire is not null)
        {
            Assert.Equal((At("2024-05-01T12:00:00Z"), TimeSpan.FromSeconds(30)), (fire.Scheduled, fire.Lateness));
        }

        Assert.Equal(dispatched == RunKind.OnTime, harness.Journal.Of<Fired>().Any(f => f.Lateness == TimeSpan.FromSeconds(30)));
        Assert.Equal(skipped, harness.Journal.Of<Skipped>().Any(s => s.Reason == SkipReason.Misfire));
    }

    [Fact]
    public async Task A_loop_held_up_within_the_grace_runs_every_fire_it_passed()
    {
        await using var harness = new SchedulerHarness(At("2024-05-01T10:00:00Z"));
        await harness.StartAsync(Schedule(EverySecond(1)));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(45));

        var fires = harness.Dispatcher.Fires;
        Assert.Equal(45, fires.Count);
        Assert.Equal(TimeSpan.FromSeconds(44), fires[0].Lateness);
        Assert.All(fires, f => Assert.Equal(RunKind.OnTime, f.Kind));
    }
}
