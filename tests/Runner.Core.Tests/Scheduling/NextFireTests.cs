using System.Globalization;
using Runner.Core.Scheduling;

namespace Runner.Core.Tests.Scheduling;

/// <summary>
/// Next-fire rows. Each row: zone, the instant searched from (exclusive), the five fields
/// (month day, week day, hour, minute, second) and the expected fire with its offset.
/// The DST rows are the tables of docs/dst.md: change both together.
/// </summary>
public sealed class NextFireTests
{
    private const string NewYork = "America/New_York";
    private const string LordHowe = "Australia/Lord_Howe";
    private const string SaoPaulo = "America/Sao_Paulo";

    [Theory]
    // The seed README's popular combinations (2024-01-01 is a Monday)
    [InlineData("UTC", "2024-01-01T00:00:00Z", "1", "*", "8", "0", "0", "2024-01-01T08:00:00Z", "2024-02-01T08:00:00Z", "2024-03-01T08:00:00Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "*", "1", "8", "0", "0", "2024-01-01T08:00:00Z", "2024-01-08T08:00:00Z", "2024-01-15T08:00:00Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "*", "*", "8", "0", "0", "2024-01-01T08:00:00Z", "2024-01-02T08:00:00Z", "2024-01-03T08:00:00Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "*", "*", "/1", "0", "0", "2024-01-01T01:00:00Z", "2024-01-01T02:00:00Z", "2024-01-01T03:00:00Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "*", "*", "*", "/5", "0", "2024-01-01T00:05:00Z", "2024-01-01T00:10:00Z", "2024-01-01T00:15:00Z")]
    [InlineData("UTC", "2024-01-05T09:00:00Z", "*", "1-5", "8", "0", "0", "2024-01-08T08:00:00Z", "2024-01-09T08:00:00Z", "2024-01-10T08:00:00Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "1,11,21", "*", "8", "0", "0", "2024-01-01T08:00:00Z", "2024-01-11T08:00:00Z", "2024-01-21T08:00:00Z")]
    // Empty fields mean every value (the original never matched them)
    [InlineData("UTC", "2024-01-01T00:00:00Z", "", "", "", "", "", "2024-01-01T00:00:01Z", "2024-01-01T00:00:02Z", "2024-01-01T00:00:03Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "", "", "", "0", "0", "2024-01-01T01:00:00Z", "2024-01-01T02:00:00Z", "2024-01-01T03:00:00Z")]
    // Cron steps */N (the original never matched them) and seed cycles /N side by side
    [InlineData("UTC", "2024-01-01T00:00:00Z", "*/10", "*", "0", "0", "0", "2024-01-11T00:00:00Z", "2024-01-21T00:00:00Z", "2024-01-31T00:00:00Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "/10", "*", "0", "0", "0", "2024-01-10T00:00:00Z", "2024-01-20T00:00:00Z", "2024-01-30T00:00:00Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "*", "*", "*", "*/20", "30", "2024-01-01T00:00:30Z", "2024-01-01T00:20:30Z", "2024-01-01T00:40:30Z")]
    // Lists with ranges (the original read 1,3-5 as {1,3,5})
    [InlineData("UTC", "2024-01-01T23:59:59Z", "1,3-5", "*", "0", "0", "0", "2024-01-03T00:00:00Z", "2024-01-04T00:00:00Z", "2024-01-05T00:00:00Z")]
    // Month day AND week day, not OR (Friday the 13th; Sunday the 31st)
    [InlineData("UTC", "2024-01-01T00:00:00Z", "13", "5", "0", "0", "0", "2024-09-13T00:00:00Z", "2024-12-13T00:00:00Z", "2025-06-13T00:00:00Z")]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "31", "sun", "12", "0", "0", "2024-03-31T12:00:00Z", "2025-08-31T12:00:00Z", "2026-05-31T12:00:00Z")]
    // Short months and leap years
    [InlineData("UTC", "2023-02-01T00:00:00Z", "29", "*", "0", "0", "0", "2023-03-29T00:00:00Z", "2023-04-29T00:00:00Z", "2023-05-29T00:00:00Z")]
    [InlineData("UTC", "2024-02-01T00:00:00Z", "29", "*", "0", "0", "0", "2024-02-29T00:00:00Z", "2024-03-29T00:00:00Z", "2024-04-29T00:00:00Z")]
    [InlineData("UTC", "2024-01-31T00:00:00Z", "31", "*", "0", "0", "0", "2024-03-31T00:00:00Z", "2024-05-31T00:00:00Z", "2024-07-31T00:00:00Z")]
    // Year and day boundaries, fractions of a second in the start instant
    [InlineData("UTC", "2024-12-31T23:59:59Z", "*", "*", "*", "*", "*", "2025-01-01T00:00:00Z", "2025-01-01T00:00:01Z", "2025-01-01T00:00:02Z")]
    [InlineData("UTC", "2024-12-31T23:59:58.999Z", "*", "*", "*", "*", "*", "2024-12-31T23:59:59Z", "2025-01-01T00:00:00Z", "2025-01-01T00:00:01Z")]
    [InlineData("UTC", "2024-01-01T08:00:00.5Z", "*", "*", "8", "0", "0", "2024-01-02T08:00:00Z", "2024-01-03T08:00:00Z", "2024-01-04T08:00:00Z")]
    // The start instant's offset does not matter, the zone does
    [InlineData("Asia/Tokyo", "2024-01-01T00:00:00Z", "*", "*", "8", "0", "0", "2024-01-02T08:00:00+09:00", "2024-01-03T08:00:00+09:00", "2024-01-04T08:00:00+09:00")]
    [InlineData("Asia/Kathmandu", "2024-01-01T00:00:00+05:45", "*", "*", "0", "0", "0", "2024-01-02T00:00:00+05:45", "2024-01-03T00:00:00+05:45", "2024-01-04T00:00:00+05:45")]
    public void Next_fires_in_order(string zone, string from, string md, string wd, string h, string m, string s, string first, string second, string third)
    {
        var timing = Timing.Parse(md, wd, h, m, s);

        var fires = timing.NextFires(Instant(from), Zone(zone), 3).ToList();

        Assert.Equal([Instant(first), Instant(second), Instant(third)], fires);
        Assert.Equal([Offset(first), Offset(second), Offset(third)], fires.Select(f => f.Offset));
    }

    [Theory]
    // ---- New York, spring forward 2016-03-13: 02:00 EST (-05) becomes 03:00 EDT (-04) ----
    // A skipped time fires once at the first instant after the gap
    [InlineData(NewYork, "2016-03-13T01:50:00-05:00", "*", "*", "2", "30", "0", "2016-03-13T03:00:00-04:00")]
    [InlineData(NewYork, "2016-03-13T03:00:00-04:00", "*", "*", "2", "30", "0", "2016-03-14T02:30:00-04:00")]
    [InlineData(NewYork, "2016-03-13T00:00:00-05:00", "*", "*", "2", "0", "0", "2016-03-13T03:00:00-04:00")]
    [InlineData(NewYork, "2016-03-12T12:00:00-05:00", "*", "7", "2", "30", "0", "2016-03-13T03:00:00-04:00")]
    [InlineData(NewYork, "2016-03-12T12:00:00-05:00", "13", "*", "2", "15", "30", "2016-03-13T03:00:00-04:00")]
    // Times around the gap are untouched
    [InlineData(NewYork, "2016-03-13T01:00:00-05:00", "*", "*", "1", "59", "59", "2016-03-13T01:59:59-05:00")]
    [InlineData(NewYork, "2016-03-13T01:59:59-05:00", "*", "*", "3", "0", "0", "2016-03-13T03:00:00-04:00")]
    [InlineData(NewYork, "2016-03-13T03:00:00-04:00", "*", "*", "3", "0", "0", "2016-03-14T03:00:00-04:00")]
    // Several skipped times collapse into the one fire after the gap
    [InlineData(NewYork, "2016-03-13T01:00:00-05:00", "*", "*", "2", "/15", "0", "2016-03-13T03:00:00-04:00")]
    [InlineData(NewYork, "2016-03-13T03:00:00-04:00", "*", "*", "2", "/15", "0", "2016-03-14T02:00:00-04:00")]
    [InlineData(NewYork, "2016-03-13T01:59:59-05:00", "*", "*", "*", "*", "*", "2016-03-13T03:00:00-04:00")]
    [InlineData(NewYork, "2016-03-13T03:00:00-04:00", "*", "*", "*", "*", "*", "2016-03-13T03:00:01-04:00")]
    // Hourly: 01:30, then 02:30 moves to 03:00, then 03:30
    [InlineData(NewYork, "2016-03-13T01:30:00-05:00", "*", "*", "*", "30", "0", "2016-03-13T03:00:00-04:00")]
    [InlineData(NewYork, "2016-03-13T03:00:00-04:00", "*", "*", "*", "30", "0", "2016-03-13T03:30:00-04:00")]
    // ---- New York, fall back 2016-11-06: 02:00 EDT (-04) becomes 01:00 EST (-05) ----
    // A fixed time in the repeated hour fires in the first pass only
    [InlineData(NewYork, "2016-11-06T00:00:00-04:00", "*", "*", "1", "30", "0", "2016-11-06T01:30:00-04:00")]
    [InlineData(NewYork, "2016-11-06T01:30:00-04:00", "*", "*", "1", "30", "0", "2016-11-07T01:30:00-05:00")]
    [InlineData(NewYork, "2016-11-06T01:45:00-04:00", "*", "*", "1", "30", "0", "2016-11-07T01:30:00-05:00")]
    [InlineData(NewYork, "2016-11-06T01:10:00-05:00", "*", "*", "1", "30", "0", "2016-11-07T01:30:00-05:00")]
    [InlineData(NewYork, "2016-11-06T01:30:00-04:00", "*", "*", "1", "0,30", "0", "2016-11-07T01:00:00-05:00")]
    // A star, range or cycle in HOUR, MINUTE or SECOND fires in both passes
    [InlineData(NewYork, "2016-11-06T01:30:00-04:00", "*", "*", "*", "30", "0", "2016-11-06T01:30:00-05:00")]
    [InlineData(NewYork, "2016-11-06T01:30:00-05:00", "*", "*", "*", "30", "0", "2016-11-06T02:30:00-05:00")]
    [InlineData(NewYork, "2016-11-06T01:45:00-04:00", "*", "*", "1", "/15", "0", "2016-11-06T01:00:00-05:00")]
    [InlineData(NewYork, "2016-11-06T01:45:00-04:00", "*", "*", "1-2", "0", "0", "2016-11-06T01:00:00-05:00")]
    [InlineData(NewYork, "2016-11-06T01:59:59-04:00", "*", "*", "*", "*", "*", "2016-11-06T01:00:00-05:00")]
    [InlineData(NewYork, "2016-11-06T01:59:59-05:00", "*", "*", "*", "*", "*", "2016-11-06T02:00:00-05:00")]
    // Times around the repeated hour are untouched
    [InlineData(NewYork, "2016-11-06T00:00:00-04:00", "*", "*", "0", "59", "59", "2016-11-06T00:59:59-04:00")]
    [InlineData(NewYork, "2016-11-06T00:30:00-04:00", "*", "*", "2", "0", "0", "2016-11-06T02:00:00-05:00")]
    // ---- Lord Howe, a 30-minute shift: +10:30 standard, +11:00 summer ----
    // Spring forward 2023-10-01: 02:00 becomes 02:30
    [InlineData(LordHowe, "2023-10-01T00:00:00+10:30", "*", "*", "2", "15", "0", "2023-10-01T02:30:00+11:00")]
    [InlineData(LordHowe, "2023-10-01T00:00:00+10:30", "*", "*", "2", "45", "0", "2023-10-01T02:45:00+11:00")]
    [InlineData(LordHowe, "2023-10-01T01:59:59+10:30", "*", "*", "*", "*", "*", "2023-10-01T02:30:00+11:00")]
    // Fall back 2023-04-02: 02:00 becomes 01:30, so 01:30-01:59 repeats
    [InlineData(LordHowe, "2023-04-02T00:00:00+11:00", "*", "*", "1", "45", "0", "2023-04-02T01:45:00+11:00")]
    [InlineData(LordHowe, "2023-04-02T01:45:00+11:00", "*", "*", "1", "45", "0", "2023-04-03T01:45:00+10:30")]
    [InlineData(LordHowe, "2023-04-02T01:45:00+11:00", "*", "*", "*", "45", "0", "2023-04-02T01:45:00+10:30")]
    [InlineData(LordHowe, "2023-04-02T01:45:00+10:30", "*", "*", "*", "45", "0", "2023-04-02T02:45:00+10:30")]
    [InlineData(LordHowe, "2023-04-02T01:59:00+11:00", "*", "*", "1", "*", "0", "2023-04-02T01:30:00+10:30")]
    [InlineData(LordHowe, "2023-04-02T01:15:00+11:00", "*", "*", "1", "*", "0", "2023-04-02T01:16:00+11:00")]
    // ---- Sao Paulo, transitions at midnight ----
    // Spring forward 2018-11-04: 00:00 (-03) becomes 01:00 (-02); the day still counts as the 4th, a Sunday
    [InlineData(SaoPaulo, "2018-11-03T12:00:00-03:00", "*", "*", "0", "0", "0", "2018-11-04T01:00:00-02:00")]
    [InlineData(SaoPaulo, "2018-11-03T12:00:00-03:00", "*", "*", "0", "30", "0", "2018-11-04T01:00:00-02:00")]
    [InlineData(SaoPaulo, "2018-11-03T12:00:00-03:00", "*", "7", "0", "15", "0", "2018-11-04T01:00:00-02:00")]
    [InlineData(SaoPaulo, "2018-11-03T12:00:00-03:00", "4", "*", "0", "0", "0", "2018-11-04T01:00:00-02:00")]
    [InlineData(SaoPaulo, "2018-11-04T01:00:00-02:00", "*", "*", "0", "0", "0", "2018-11-05T00:00:00-02:00")]
    // Fall back 2019-02-17: 00:00 (-02) becomes 23:00 (-03) of the 16th, so 23:00-23:59 of the 16th repeats
    [InlineData(SaoPaulo, "2019-02-16T12:00:00-02:00", "*", "*", "23", "30", "0", "2019-02-16T23:30:00-02:00")]
    [InlineData(SaoPaulo, "2019-02-16T23:30:00-02:00", "*", "*", "23", "30", "0", "2019-02-17T23:30:00-03:00")]
    [InlineData(SaoPaulo, "2019-02-16T23:30:00-02:00", "*", "*", "*", "30", "0", "2019-02-16T23:30:00-03:00")]
    [InlineData(SaoPaulo, "2019-02-16T23:59:59-02:00", "*", "6", "23", "59", "59", "2019-02-23T23:59:59-03:00")]
    [InlineData(SaoPaulo, "2019-02-16T23:59:59-02:00", "*", "*", "0", "0", "0", "2019-02-17T00:00:00-03:00")]
    public void Daylight_saving_transitions(string zone, string from, string md, string wd, string h, string m, string s, string expected)
    {
        var next = Timing.Parse(md, wd, h, m, s).NextAfter(Instant(from), Zone(zone));

        Assert.Equal(Instant(expected), next);
        Assert.Equal(Offset(expected), next!.Value.Offset);
    }

    [Fact]
    public void A_per_second_job_fires_82800_times_on_New_York_spring_forward_day()
    {
        var fires = FiresBetween(Timing.EverySecond, "2016-03-13T00:00:00-05:00", "2016-03-14T00:00:00-04:00");

        Assert.Equal(82_800, fires.Count);
        Assert.Equal(fires.Count, fires.Distinct().Count());
    }

    [Fact]
    public void A_per_second_job_fires_90000_distinct_instants_on_New_York_fall_back_day()
    {
        var fires = FiresBetween(Timing.EverySecond, "2016-11-06T00:00:00-04:00", "2016-11-07T00:00:00-05:00");

        Assert.Equal(90_000, fires.Count);
        Assert.Equal(90_000, fires.Distinct().Count());
        Assert.True(fires.Zip(fires.Skip(1)).All(p => p.Second - p.First == TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData("2016-03-13T00:00:00-05:00", "2016-03-14T00:00:00-04:00", "2", "30", 1)]
    [InlineData("2016-03-13T00:00:00-05:00", "2016-03-14T00:00:00-04:00", "1", "30", 1)]
    [InlineData("2016-11-06T00:00:00-04:00", "2016-11-07T00:00:00-05:00", "1", "30", 1)]
    [InlineData("2016-11-06T00:00:00-04:00", "2016-11-07T00:00:00-05:00", "2", "30", 1)]
    [InlineData("2016-11-06T00:00:00-04:00", "2016-11-07T00:00:00-05:00", "*", "30", 25)]
    [InlineData("2016-03-13T00:00:00-05:00", "2016-03-14T00:00:00-04:00", "*", "30", 24)]
    public void Daily_and_hourly_jobs_fire_the_right_number_of_times_on_transition_days(string from, string to, string hour, string minute, int count) =>
        Assert.Equal(count, FiresBetween(Timing.Parse("*", "*", hour, minute, "0"), from, to).Count);

    private static List<DateTimeOffset> FiresBetween(Timing timing, string from, string to)
    {
        var (start, end, zone) = (Instant(from).AddSeconds(-1), Instant(to), Zone(NewYork));
        return timing.NextFires(start, zone, int.MaxValue).TakeWhile(f => f < end).ToList();
    }

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static TimeSpan Offset(string iso) => Instant(iso).Offset;

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
