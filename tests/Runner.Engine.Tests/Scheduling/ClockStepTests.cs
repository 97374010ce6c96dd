using Runner.Core.Configuration;
using Runner.Engine.Ports;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>
/// The wall clock jumps while the monotonic clock does not. A per-minute job has fired
/// 10:01 to 10:05; at 10:05:30 the clock jumps; the loop notices at its next wake-up, one
/// second of monotonic time later. Forward: the fires jumped over are missed (more than the
/// 60 s grace late) except the last one, and follow the misfire policy. Backward: nothing
/// repeats, and the loop keeps waking until the wall clock reaches the next fire again.
/// </summary>
public sealed class ClockStepTests
{
    private static readonly DateTimeOffset Start = At("2024-05-01T10:00:30Z");

    [Theory]
    // step  policy  missed runs (first..last)              skipped  listed summary (count, first, last)      on time after the step
    [InlineData(30, MisfirePolicy.Skip, null, null, 0, 29, 19, "10:16", "10:34", "10:35")]
    [InlineData(30, MisfirePolicy.Once, "10:34", "10:34", 1, 28, 18, "10:16", "10:33", "10:35")]
    [InlineData(30, MisfirePolicy.All, "10:25", "10:34", 10, 19, 9, "10:16", "10:24", "10:35")]
    [InlineData(300, MisfirePolicy.Skip, null, null, 0, 299, 289, "10:16", "15:04", "15:05")]
    [InlineData(300, MisfirePolicy.Once, "15:04", "15:04", 1, 298, 288, "10:16", "15:03", "15:05")]
    [InlineData(300, MisfirePolicy.All, "14:55", "15:04", 10, 289, 279, "10:16", "14:54", "15:05")]
    public async Task A_forward_step_makes_the_fires_jumped_over_missed_fires(
        int minutes, MisfirePolicy policy, string? firstRun, string? lastRun, int runs, int skipped,
        int summarized, string summaryFirst, string summaryLast, string onTime)
    {
        await using var harness = new SchedulerHarness(Start, MisfireRule.Default with { Policy = policy });
        await harness.StartAsync(Schedule(EveryMinute(1)));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 300);
        Assert.Equal(5, harness.Dispatcher.Fires.Count);

        await harness.StepWallClockAsync(TimeSpan.FromMinutes(minutes));

        var step = Assert.Single(harness.Journal.Of<ClockStepped>());
        Assert.Equal((At("2024-05-01T10:05:31Z"), TimeSpan.FromMinutes(minutes)), (step.From, step.Offset));
        var missedRuns = harness.Dispatcher.Fires.Where(f => f.Kind == RunKind.Misfire).Select(f => f.Scheduled).ToList();
        Assert.Equal(runs, missedRuns.Count);
        Assert.Equal(runs, harness.Journal.Of<MisfireRun>().Count);
        if (runs > 0)
        {
            Assert.Equal((Today(firstRun!), Today(lastRun!)), (missedRuns[0], missedRuns[^1]));
        }

        var listed = harness.Journal.Of<Skipped>();
        Assert.Equal(Enumerable.Range(6, 10).Select(m => Today($"10:{m:00}")), listed.Select(s => s.Scheduled));
        var summary = Assert.Single(harness.Journal.Of<MisfiresSummarized>());
        Assert.Equal((summarized, false, Today(summaryFirst), Today(summaryLast)), (summary.Count, summary.CountIsLowerBound, summary.First, summary.Last));
        Assert.Equal(skipped, listed.Count + summary.Count);
        Assert.Equal(Today(onTime), harness.Dispatcher.Fires[^1].Scheduled);
        Assert.Equal(RunKind.OnTime, harness.Dispatcher.Fires[^1].Kind);

        var before = harness.Dispatcher.Fires.Count;
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 120);
        Assert.Equal(before + 2, harness.Dispatcher.Fires.Count);
        Assert.All(harness.Dispatcher.Fires.Skip(before), f => Assert.Equal(RunKind.OnTime, f.Kind));
    }

    [Fact]
    public async Task A_backward_step_repeats_nothing_and_the_loop_keeps_waking_until_the_next_fire_comes_again()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EveryMinute(1)));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 300);
        var wakeUps = harness.Journal.Of<WokeUp>().Count;

        await harness.StepWallClockAsync(TimeSpan.FromHours(-1));
        Assert.Equal(At("2024-05-01T09:05:31Z"), harness.Now);
        Assert.Equal(TimeSpan.FromHours(-1), Assert.Single(harness.Journal.Of<ClockStepped>()).Offset);

        // An hour of wall time in which every minute already fired: the loop wakes every second and starts nothing.
        await harness.AdvanceUntilAsync(At("2024-05-01T10:05:59Z"), TimeSpan.FromSeconds(1));
        Assert.Equal(5, harness.Dispatcher.Fires.Count);
        Assert.True(harness.Journal.Of<WokeUp>().Count - wakeUps >= 3600);

        await harness.AdvanceUntilAsync(At("2024-05-01T10:08:30Z"), TimeSpan.FromSeconds(1));
        Assert.Equal(Enumerable.Range(1, 8).Select(m => Today($"10:{m:00}")), harness.Dispatcher.InstantsOf(1));
        Assert.Empty(harness.Journal.Of<ClaimRefused>());
        Assert.Empty(harness.Journal.Of<Skipped>());
    }

    [Fact]
    public async Task A_backward_step_while_stopped_resumes_after_the_last_claimed_fire_never_before_it()
    {
        // The clock went back an hour while the scheduler was down: the ledger's last fire is in the future.
        await using var harness = new SchedulerHarness(Start);
        harness.Ledger.ClaimElsewhere(1, At("2024-05-01T11:00:00Z"));
        await harness.StartAsync(Schedule(EveryMinute(1)));

        await harness.AdvanceUntilAsync(At("2024-05-01T11:02:30Z"), TimeSpan.FromSeconds(10));

        Assert.Equal([At("2024-05-01T11:01:00Z"), At("2024-05-01T11:02:00Z")], harness.Dispatcher.InstantsOf(1));
        Assert.Empty(harness.Journal.Of<ClaimRefused>());
    }

    [Fact]
    public async Task A_small_drift_is_not_a_step()
    {
        await using var harness = new SchedulerHarness(Start);
        await harness.StartAsync(Schedule(EveryMinute(1)));

        harness.Clock.StepWallClock(TimeSpan.FromMilliseconds(900));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 60);

        Assert.Empty(harness.Journal.Of<ClockStepped>());
        Assert.Equal([At("2024-05-01T10:01:00Z")], harness.Dispatcher.InstantsOf(1));
    }

    private static DateTimeOffset Today(string hourMinute) => At($"2024-05-01T{hourMinute}:00Z");
}
