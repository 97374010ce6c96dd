using Runner.Core.Diagnostics;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>Reloading the schedule: unchanged jobs keep their next fire; new, retimed, removed and deactivated jobs change.</summary>
public sealed class ReloadTests
{
    private static readonly DateTimeOffset Start = At("2024-05-01T10:00:00Z");

    [Theory]
    [InlineData(1000)]
    [InlineData(500)]
    [InlineData(250)]
    public async Task Reloading_an_unchanged_job_at_every_step_neither_skips_nor_repeats_a_fire(int stepMilliseconds)
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EverySecond(1)));

        for (var i = 0; i < 120_000 / stepMilliseconds; i++)
        {
            harness.Scheduler.Apply(Schedule(EverySecond(1)).Resolved());
            await harness.AdvanceAsync(TimeSpan.FromMilliseconds(stepMilliseconds));
        }

        Assert.Equal(Enumerable.Range(1, 120).Select(s => Start.AddSeconds(s)), harness.Dispatcher.InstantsOf(1));
        Assert.Empty(harness.Journal.Of<ClaimRefused>());
    }

    [Fact]
    public async Task A_reload_arriving_with_a_due_fire_fires_it_once()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EveryMinute(1)));

        harness.Scheduler.Apply(Schedule(EveryMinute(1)).Resolved());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        harness.Scheduler.Apply(Schedule(EveryMinute(1)).Resolved());
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 5);

        Assert.Equal([Start.AddMinutes(1)], harness.Dispatcher.InstantsOf(1));
    }

    [Fact]
    public async Task A_reload_adds_retimes_renames_removes_deactivates_and_reactivates_jobs()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EveryMinute(1), EveryMinute(2), EveryMinute(3), EveryMinute(4)));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 90); // 10:01:00 fired for all four; now 10:01:30

        await harness.ReloadAsync(Schedule(
            Job(1, second: "0", name: "renamed"),      // same timing: keeps its cursor, takes the new name
            Job(2, second: "45"),                      // retimed: next fire after now on the new timing
            Job(4, second: "0", active: false),        // deactivated; 3 deleted
            EveryMinute(5)));                          // added
        var reload = harness.Journal.Of<Reloaded>()[^1];
        Assert.Equal((3, 1, 1, 2, false), (reload.JobCount, reload.Added, reload.Changed, reload.Removed, reload.FromLedger));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 60); // until 10:02:30
        Assert.Equal([Minute(1), Minute(2)], harness.Dispatcher.InstantsOf(1));
        Assert.Equal("renamed", harness.Dispatcher.Fires.Last(f => f.Job.Id == 1).Job.Name);
        Assert.Equal([Minute(1), Start.AddSeconds(60 + 45)], harness.Dispatcher.InstantsOf(2));
        Assert.Equal([Minute(1)], harness.Dispatcher.InstantsOf(3));
        Assert.Equal([Minute(1)], harness.Dispatcher.InstantsOf(4));
        Assert.Equal([Minute(2)], harness.Dispatcher.InstantsOf(5));

        // Reactivated after missing 10:02 and 10:03: starts from now, with no missed fires.
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 90); // until 10:04:00
        await harness.ReloadAsync(Schedule(EveryMinute(4)));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 60);
        Assert.Equal([Minute(1), Minute(5)], harness.Dispatcher.InstantsOf(4));
        Assert.Empty(harness.Journal.Of<Skipped>());
    }

    [Fact]
    public async Task A_rejected_schedule_is_journaled_and_the_one_in_force_keeps_firing()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EveryMinute(1)));

        harness.Scheduler.Reject([new Diagnostic("schedule.tsv", 3, 7, "HOUR: 25 is out of range 0-23")]);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 60);

        var rejected = Assert.Single(harness.Journal.Of<ScheduleRejected>());
        Assert.Equal("schedule.tsv:3:7: HOUR: 25 is out of range 0-23", Assert.Single(rejected.Errors).ToString());
        Assert.Equal([Minute(1)], harness.Dispatcher.InstantsOf(1));
        Assert.Single(harness.Journal.Of<Reloaded>());
    }

    private static DateTimeOffset Minute(int minute) => Start.AddMinutes(minute);
}
