using Runner.Core.Configuration;
using Runner.Engine.Ports;
using Runner.Engine.Scheduling;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>
/// The scheduler was down: at startup each job resumes after its last claimed fire in the
/// ledger, and the fires missed meanwhile follow the job's misfire policy.
/// </summary>
public sealed class DowntimeTests
{
    private static readonly DateTimeOffset LastFire = At("2024-05-01T08:00:00Z");

    /// <summary>Down two hours: a per-minute job missed 08:01 to 10:00 (120 fires); started at 10:00:30, grace 0 (so 1 s).</summary>
    [Theory]
    // policy             cap  runs (first..last)            summary (count, first, last)
    [InlineData(MisfirePolicy.Skip, 10, 0, null, null, 110, "08:11", "10:00")]
    [InlineData(MisfirePolicy.Once, 10, 1, "10:00", "10:00", 109, "08:11", "09:59")]
    [InlineData(MisfirePolicy.All, 10, 10, "09:51", "10:00", 100, "08:11", "09:50")]
    [InlineData(MisfirePolicy.All, 1, 1, "10:00", "10:00", 109, "08:11", "09:59")]
    [InlineData(MisfirePolicy.All, 500, 120, "08:01", "10:00", 0, null, null)]
    public async Task Fires_missed_while_down_follow_the_misfire_policy(
        MisfirePolicy policy, int cap, int runs, string? firstRun, string? lastRun, int summarized, string? summaryFirst, string? summaryLast)
    {
        await using var harness = new SchedulerHarness(At("2024-05-01T10:00:30Z"), new MisfireRule(policy, cap, TimeSpan.Zero));
        harness.Ledger.ClaimElsewhere(1, LastFire);

        await harness.StartAsync(Schedule(EveryMinute(1)));

        var fires = harness.Dispatcher.Fires;
        Assert.Equal(runs, fires.Count);
        Assert.All(fires, f => Assert.Equal(RunKind.Misfire, f.Kind));
        if (runs > 0)
        {
            Assert.Equal((Today(firstRun!), Today(lastRun!)), (fires[0].Scheduled, fires[^1].Scheduled));
            Assert.Equal(fires.Select(f => f.Scheduled).Order(), fires.Select(f => f.Scheduled));
        }

        var listed = harness.Journal.Of<Skipped>().Select(s => s.Scheduled).ToList();
        Assert.Equal(Enumerable.Range(1, Math.Min(10, 120 - runs)).Select(m => LastFire.AddMinutes(m)), listed);
        var summary = harness.Journal.Of<MisfiresSummarized>().SingleOrDefault();
        Assert.Equal(summarized, summary?.Count ?? 0);
        if (summary is not null)
        {
            Assert.Equal((Today(summaryFirst!), Today(summaryLast!)), (summary.First, summary.Last));
        }

        Assert.Equal(120, runs + listed.Count + summarized);
        Assert.True(Assert.Single(harness.Journal.Of<Reloaded>()).FromLedger);

        // Back to normal: 10:01 fires on time.
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 31);
        Assert.Equal((Today("10:01"), RunKind.OnTime), (harness.Dispatcher.Fires[^1].Scheduled, harness.Dispatcher.Fires[^1].Kind));
    }

    [Fact]
    public async Task An_hourly_job_down_two_hours_under_all_runs_both_missed_fires()
    {
        await using var harness = new SchedulerHarness(At("2024-05-01T10:30:00Z"), MisfireRule.Default with { Policy = MisfirePolicy.All });
        harness.Ledger.ClaimElsewhere(1, LastFire);

        await harness.StartAsync(Schedule(Job(1, minute: "0", second: "0")));

        Assert.Equal([Today("09:00"), Today("10:00")], harness.Dispatcher.InstantsOf(1));
        Assert.Empty(harness.Journal.Of<Skipped>());
    }

    [Theory]
    [InlineData(MisfirePolicy.Skip, 0)]
    [InlineData(MisfirePolicy.Once, 1)]
    [InlineData(MisfirePolicy.All, 10)]
    public async Task A_year_down_is_not_walked_fire_by_fire(MisfirePolicy policy, int runs)
    {
        // 31.6 million per-second fires missed: counted up to a limit, the last ones found by looking back.
        var now = At("2025-05-01T10:00:00Z");
        await using var harness = new SchedulerHarness(now, MisfireRule.Default with { Policy = policy });
        harness.Ledger.ClaimElsewhere(1, At("2024-05-01T10:00:00Z"));

        await harness.StartAsync(Schedule(EverySecond(1)));

        var missedRuns = harness.Dispatcher.Fires.Where(f => f.Kind == RunKind.Misfire).Select(f => f.Scheduled).ToList();
        Assert.Equal(Enumerable.Range(1, runs).Select(s => now.AddSeconds(-61 - runs + s)), missedRuns);
        var onTime = harness.Dispatcher.Fires.Where(f => f.Kind == RunKind.OnTime).Select(f => f.Scheduled).ToList();
        Assert.Equal(Enumerable.Range(0, 61).Select(s => now.AddSeconds(s - 60)), onTime);
        Assert.Equal(10, harness.Journal.Of<Skipped>().Count);
        var summary = Assert.Single(harness.Journal.Of<MisfiresSummarized>());
        Assert.True(summary.CountIsLowerBound);
        Assert.True(summary.Count >= MissedFires.CountLimit - 10 - runs);
        Assert.Equal((At("2024-05-01T10:00:11Z"), now.AddSeconds(-61 - runs)), (summary.First, summary.Last));
    }

    [Fact]
    public async Task A_job_that_never_fired_starts_after_now_without_missed_fires()
    {
        await using var harness = new SchedulerHarness(At("2024-05-01T10:00:30Z"), MisfireRule.Default with { Policy = MisfirePolicy.All });
        await harness.StartAsync(Schedule(EveryMinute(1)));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), 30);

        Assert.Equal([Today("10:01")], harness.Dispatcher.InstantsOf(1));
        Assert.Empty(harness.Journal.Of<Skipped>());
    }

    private static DateTimeOffset Today(string hourMinute) => At($"2024-05-01T{hourMinute}:00Z");
}
