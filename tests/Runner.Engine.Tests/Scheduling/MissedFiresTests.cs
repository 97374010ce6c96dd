using Runner.Core.Scheduling;
using Runner.Engine.Scheduling;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>Finding the missed fires of a span: counted up to a limit, the last ones found by looking back.</summary>
public sealed class MissedFiresTests
{
    private static readonly DateTimeOffset From = At("2024-05-01T10:00:00Z");

    [Theory]
    // span (s)   earliest latest   count  lower bound  first        last
    [InlineData(5, 3, 2, 5, false, 0, 3)]
    [InlineData(5, 10, 10, 5, false, 0, 0)]
    [InlineData(1000, 11, 11, 1000, false, 0, 989)]
    [InlineData(1005, 11, 11, 1005, false, 0, 994)]
    [InlineData(1070, 11, 11, 1060, true, 0, 1059)]
    [InlineData(31_622_400, 11, 11, 1060, true, 0, 31_622_389)]
    [InlineData(31_622_400, 11, 0, 1000, true, 0, -1)]
    public void A_per_second_span(int seconds, int earliest, int latest, long count, bool lowerBound, int firstEarliest, int firstLatest)
    {
        var found = MissedFires.Find(Timing.EverySecond, TimeZoneInfo.Utc, From, From.AddSeconds(seconds), earliest, latest);

        Assert.Equal((count, lowerBound), (found.Count, found.CountIsLowerBound));
        Assert.Equal(Enumerable.Range(firstEarliest, Math.Min(earliest, seconds)).Select(s => From.AddSeconds(s)), found.Earliest);
        Assert.Equal(Enumerable.Range(firstLatest, Math.Min(latest, seconds)).Select(s => From.AddSeconds(s)), found.Latest);
    }

    [Fact]
    public void Fires_far_behind_the_end_are_found_by_widening_the_look_back()
    {
        // Every second of each month's first day only: the last fires are two weeks before the end.
        var firstDays = Timing.Parse("1", "*", "*", "*", "*");
        var found = MissedFires.Find(firstDays, TimeZoneInfo.Utc, At("2024-01-01T00:00:00Z"), At("2024-06-15T00:00:00Z"), 2, 2);

        Assert.True(found.CountIsLowerBound);
        Assert.True(found.Count >= MissedFires.CountLimit + 2);
        Assert.Equal([At("2024-01-01T00:00:00Z"), At("2024-01-01T00:00:01Z")], found.Earliest);
        Assert.Equal([At("2024-06-01T23:59:58Z"), At("2024-06-01T23:59:59Z")], found.Latest);
    }

    [Fact]
    public void Rare_fires_are_counted_exactly()
    {
        // Noon on a Sunday the 31st: twice in 2024-2025.
        var rare = Timing.Parse("31", "7", "12", "0", "0");
        var found = MissedFires.Find(rare, TimeZoneInfo.Utc, At("2024-01-01T00:00:00Z"), At("2026-01-01T00:00:00Z"), 11, 11);

        Assert.Equal((2L, false), (found.Count, found.CountIsLowerBound));
        Assert.Equal([At("2024-03-31T12:00:00Z"), At("2025-08-31T12:00:00Z")], found.Earliest);
        Assert.Equal(found.Earliest, found.Latest);
    }
}
