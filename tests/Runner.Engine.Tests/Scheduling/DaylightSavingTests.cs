using Runner.Engine.Ports;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>
/// Whole transition days in New York, driven second by second through the loop (every fire due
/// on time): the per-second counts and the daily jobs of docs/dst.md, each fire exactly once.
/// </summary>
public sealed class DaylightSavingTests
{
    [Theory]
    //          local day      seconds   daily 02:30 fires at            daily 01:30 fires at
    // Spring forward: 02:00 EST becomes 03:00 EDT; 02:30 does not exist and fires at 03:00.
    [InlineData("2016-03-13", 82_800, "2016-03-13T03:00:00-04:00", "2016-03-13T01:30:00-05:00")]
    // Fall back: 02:00 EDT becomes 01:00 EST; 01:30 exists twice and a fixed time fires in the first pass only.
    [InlineData("2016-11-06", 90_000, "2016-11-06T02:30:00-05:00", "2016-11-06T01:30:00-04:00")]
    public async Task A_transition_day_fires_each_second_once_and_each_daily_job_once(
        string day, int seconds, string twoThirty, string oneThirty)
    {
        var local = DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var dayStart = new DateTimeOffset(local, NewYork.GetUtcOffset(local));
        var dayEnd = new DateTimeOffset(local.AddDays(1), NewYork.GetUtcOffset(local.AddDays(1)));
        Assert.Equal(seconds, (dayEnd - dayStart).TotalSeconds);
        await using var harness = new SchedulerHarness(dayStart.AddSeconds(-1), zone: NewYork);
        await harness.StartAsync(Schedule(EverySecond(1), Job(2, hour: "2", minute: "30", second: "0"), Job(3, hour: "1", minute: "30", second: "0")));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1), seconds);

        var perSecond = harness.Dispatcher.InstantsOf(1);
        Assert.Equal(seconds, perSecond.Count);
        Assert.Equal(seconds, perSecond.Distinct().Count());
        Assert.Equal(dayStart, perSecond[0]);
        Assert.Equal(dayEnd.AddSeconds(-1), perSecond[^1]);
        Assert.Equal([At(twoThirty)], harness.Dispatcher.InstantsOf(2));
        Assert.Equal([At(oneThirty)], harness.Dispatcher.InstantsOf(3));
        Assert.All(harness.Dispatcher.Fires, f => Assert.Equal((RunKind.OnTime, TimeSpan.Zero), (f.Kind, f.Lateness)));
        Assert.Empty(harness.Journal.Of<Skipped>());
        Assert.Empty(harness.Journal.Of<ClockStepped>());
    }
}
