using Runner.Core.Scheduling;

namespace Runner.Core.Tests.Scheduling;

public sealed class TimeFieldParserTests
{
    [Theory]
    // Every value
    [InlineData(TimeFieldKind.Minute, "*", "0-59")]
    [InlineData(TimeFieldKind.Minute, "", "0-59")]
    [InlineData(TimeFieldKind.Minute, "   ", "0-59")]
    [InlineData(TimeFieldKind.MonthDay, "*", "1-31")]
    [InlineData(TimeFieldKind.WeekDay, "", "1-7")]
    [InlineData(TimeFieldKind.Hour, " * ", "0-23")]
    // Single values, bounds included
    [InlineData(TimeFieldKind.Second, "0", "0")]
    [InlineData(TimeFieldKind.Second, "59", "59")]
    [InlineData(TimeFieldKind.Hour, "23", "23")]
    [InlineData(TimeFieldKind.Hour, "08", "8")]
    [InlineData(TimeFieldKind.MonthDay, "1", "1")]
    [InlineData(TimeFieldKind.MonthDay, "31", "31")]
    [InlineData(TimeFieldKind.WeekDay, "1", "1")]
    [InlineData(TimeFieldKind.WeekDay, "7", "7")]
    // Week-day names, any case, alone and in ranges
    [InlineData(TimeFieldKind.WeekDay, "mon", "1")]
    [InlineData(TimeFieldKind.WeekDay, "SUN", "7")]
    [InlineData(TimeFieldKind.WeekDay, "Sat,sun", "6,7")]
    [InlineData(TimeFieldKind.WeekDay, "mon-fri", "1,2,3,4,5")]
    [InlineData(TimeFieldKind.WeekDay, "tue-4", "2,3,4")]
    // The seed's cycle: /N = values divisible by N
    [InlineData(TimeFieldKind.Minute, "/5", "0,5,10,15,20,25,30,35,40,45,50,55")]
    [InlineData(TimeFieldKind.Hour, "/1", "0-23")]
    [InlineData(TimeFieldKind.Hour, "/6", "0,6,12,18")]
    [InlineData(TimeFieldKind.MonthDay, "/2", "2,4,6,8,10,12,14,16,18,20,22,24,26,28,30")]
    [InlineData(TimeFieldKind.MonthDay, "/10", "10,20,30")]
    [InlineData(TimeFieldKind.WeekDay, "/2", "2,4,6")]
    [InlineData(TimeFieldKind.Second, "/60", "0")]
    [InlineData(TimeFieldKind.MonthDay, "/31", "31")]
    // Ranges, inclusive
    [InlineData(TimeFieldKind.WeekDay, "1-5", "1,2,3,4,5")]
    [InlineData(TimeFieldKind.Hour, "9-17", "9,10,11,12,13,14,15,16,17")]
    [InlineData(TimeFieldKind.Minute, "7-7", "7")]
    [InlineData(TimeFieldKind.Second, "0-59", "0-59")]
    // Cron steps: from the range's first value, every N
    [InlineData(TimeFieldKind.MonthDay, "*/2", "1,3,5,7,9,11,13,15,17,19,21,23,25,27,29,31")]
    [InlineData(TimeFieldKind.Minute, "*/15", "0,15,30,45")]
    [InlineData(TimeFieldKind.Minute, "*/100", "0")]
    [InlineData(TimeFieldKind.Hour, "8-18/4", "8,12,16")]
    [InlineData(TimeFieldKind.WeekDay, "mon-sun/3", "1,4,7")]
    [InlineData(TimeFieldKind.Second, "10-12/1", "10,11,12")]
    // Comma lists of everything (the original read 1,3-5 as {1,3,5})
    [InlineData(TimeFieldKind.MonthDay, "1,3-5", "1,3,4,5")]
    [InlineData(TimeFieldKind.MonthDay, "1,11,21", "1,11,21")]
    [InlineData(TimeFieldKind.Minute, "0,30,/20", "0,20,30,40")]
    [InlineData(TimeFieldKind.Minute, "5, 10 ,15", "5,10,15")]
    [InlineData(TimeFieldKind.Hour, "1-3,2-4", "1,2,3,4")]
    [InlineData(TimeFieldKind.Hour, "*/12,5", "0,5,12")]
    public void Accepted_forms_match_exactly_these_values(TimeFieldKind kind, string text, string expected)
    {
        var field = TimeFieldParser.Parse(kind, text, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(field);
        Assert.Equal(Expand(expected), field.Values());
    }

    [Theory]
    // Out of range
    [InlineData(TimeFieldKind.Second, "60", 0, "second 60 is out of range; allowed: 0-59")]
    [InlineData(TimeFieldKind.Minute, "61", 0, "minute 61 is out of range; allowed: 0-59")]
    [InlineData(TimeFieldKind.Hour, "24", 0, "hour 24 is out of range; allowed: 0-23")]
    [InlineData(TimeFieldKind.MonthDay, "0", 0, "month day 0 is out of range; allowed: 1-31")]
    [InlineData(TimeFieldKind.MonthDay, "32", 0, "month day 32 is out of range; allowed: 1-31")]
    [InlineData(TimeFieldKind.WeekDay, "8", 0, "week day 8 is out of range; allowed: 1-7 (1 = Monday ... 7 = Sunday) or mon..sun")]
    [InlineData(TimeFieldKind.WeekDay, "0", 0, "week day 0 is not valid: weeks run from 1 (Monday) to 7 (Sunday); write 7 or sun for Sunday")]
    [InlineData(TimeFieldKind.Hour, "99999999999999999999", 0, "hour 99999999999999999999 is out of range")]
    [InlineData(TimeFieldKind.Hour, "1-24", 2, "hour 24 is out of range")]
    [InlineData(TimeFieldKind.Minute, "5,70", 2, "minute 70 is out of range")]
    // Cycles that divide by zero or match nothing
    [InlineData(TimeFieldKind.Minute, "/0", 1, "minute cycle '/0' divides by 0; use a step of 1 or more")]
    [InlineData(TimeFieldKind.Minute, "*/0", 2, "divides by 0")]
    [InlineData(TimeFieldKind.Hour, "1-5/0", 4, "divides by 0")]
    [InlineData(TimeFieldKind.MonthDay, "/32", 0, "month day cycle '/32' matches no value in 1-31; use a smaller step")]
    [InlineData(TimeFieldKind.WeekDay, "/8", 0, "matches no value in 1-7")]
    [InlineData(TimeFieldKind.Minute, "/99999999999", 1, "has a step too large to be a number")]
    [InlineData(TimeFieldKind.Minute, "/x", 1, "'/x' is not a valid minute")]
    [InlineData(TimeFieldKind.Minute, "/", 1, "'/' is not a valid minute")]
    // Ranges that run backwards (the original silently matched nothing)
    [InlineData(TimeFieldKind.Hour, "5-1", 0, "hour range '5-1' runs backwards; write 1-5 (ranges do not wrap around)")]
    [InlineData(TimeFieldKind.WeekDay, "fri-mon", 0, "runs backwards")]
    [InlineData(TimeFieldKind.Minute, "-5", 0, "'' is not a valid minute")]
    [InlineData(TimeFieldKind.Minute, "5-", 2, "'' is not a valid minute")]
    [InlineData(TimeFieldKind.Minute, "1-2-3", 2, "'2-3' is not a valid minute")]
    // A start with a step but no end: not in the grammar, the error says what to write
    [InlineData(TimeFieldKind.Minute, "5/15", 0, "'5/15' is not supported in the minute field: write 5-59/15 for every 15 from 5, or /15 for values divisible by 15")]
    [InlineData(TimeFieldKind.Minute, "x/15", 0, "'x' is not a valid minute")]
    // Names in the wrong field, unknown names, stray characters
    [InlineData(TimeFieldKind.Hour, "mon", 0, "'mon' is a week-day name; the hour field takes 0-23")]
    [InlineData(TimeFieldKind.WeekDay, "monday", 0, "'monday' is not a valid week day")]
    [InlineData(TimeFieldKind.Minute, "5a", 0, "'5a' is not a valid minute; allowed: 0-59, as '*', N, /N, A-B, */N, A-B/N or a comma list of these")]
    [InlineData(TimeFieldKind.Minute, "?", 0, "'?' is not a valid minute")]
    [InlineData(TimeFieldKind.Minute, "L", 0, "'L' is not a valid minute")]
    [InlineData(TimeFieldKind.Minute, "+5", 0, "'+5' is not a valid minute")]
    [InlineData(TimeFieldKind.Minute, "1.5", 0, "'1.5' is not a valid minute")]
    [InlineData(TimeFieldKind.Minute, "**", 0, "'**' is not a valid minute")]
    [InlineData(TimeFieldKind.Minute, "5 6", 0, "'5 6' is not a valid minute")]
    [InlineData(TimeFieldKind.Second, "\u0665", 0, "is not a valid second")]
    // Empty items in lists
    [InlineData(TimeFieldKind.Minute, "1,", 2, "empty item in the minute list; remove the extra comma")]
    [InlineData(TimeFieldKind.Minute, ",1", 0, "empty item in the minute list")]
    [InlineData(TimeFieldKind.Minute, "1,,2", 2, "empty item in the minute list")]
    [InlineData(TimeFieldKind.Minute, "1, ,2", 3, "empty item in the minute list")]
    public void Rejected_forms_name_the_field_and_the_allowed_form(TimeFieldKind kind, string text, int offset, string message)
    {
        var field = TimeFieldParser.Parse(kind, text, out var errors);

        Assert.Null(field);
        var error = Assert.Single(errors);
        Assert.Equal(offset, error.Offset);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_item_of_a_list_is_reported_not_just_the_first()
    {
        var field = TimeFieldParser.Parse(TimeFieldKind.Minute, "70,5,x,/0", out var errors);

        Assert.Null(field);
        Assert.Equal([0, 5, 8], errors.Select(e => e.Offset));
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("", true)]
    [InlineData("1-5", true)]
    [InlineData("/5", true)]
    [InlineData("*/5", true)]
    [InlineData("1-30/5", true)]
    [InlineData("0,30", false)]
    [InlineData("7", false)]
    [InlineData("3-3", false)]
    [InlineData("7,1-5", true)]
    public void Interval_fields_are_stars_ranges_and_cycles(string text, bool isInterval) =>
        Assert.Equal(isInterval, TimeFieldParser.Parse(TimeFieldKind.Minute, text).IsInterval);

    private static IEnumerable<int> Expand(string expected) =>
        expected.Split(',').SelectMany(part =>
        {
            var bounds = part.Split('-').Select(int.Parse).ToArray();
            return Enumerable.Range(bounds[0], bounds[^1] - bounds[0] + 1);
        });
}
