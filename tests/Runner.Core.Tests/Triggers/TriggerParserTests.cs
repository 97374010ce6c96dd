using System.Globalization;
using Runner.Core.Triggers;

namespace Runner.Core.Tests.Triggers;

public sealed class TriggerParserTests
{
    [Theory]
    // The seed's forms, wall-clock time in the zone
    [InlineData("2019-01-01/08:00:00", "Europe/Berlin", "2019-01-01T08:00:00+01:00")]
    [InlineData("2019-07-01/08:00:00", "Europe/Berlin", "2019-07-01T08:00:00+02:00")]
    [InlineData("2019-01-01", "Europe/Berlin", "2019-01-01T00:00:00+01:00")]
    [InlineData(" 2019-01-01 ", "UTC", "2019-01-01T00:00:00+00:00")]
    [InlineData("2019-01-01/08:00", "UTC", "2019-01-01T08:00:00+00:00")]
    // ISO 8601 with T or a space, seconds and fractions optional
    [InlineData("2019-01-01T08:00:00", "America/New_York", "2019-01-01T08:00:00-05:00")]
    [InlineData("2019-01-01T08:00", "America/New_York", "2019-01-01T08:00:00-05:00")]
    [InlineData("2019-01-01 08:00:00", "America/New_York", "2019-01-01T08:00:00-05:00")]
    [InlineData("2019-01-01 08:00", "America/New_York", "2019-01-01T08:00:00-05:00")]
    [InlineData("2019-01-01T08:00:00.250", "UTC", "2019-01-01T08:00:00.25+00:00")]
    // With an offset the zone does not matter
    [InlineData("2019-01-01T08:00:00+02:00", "America/New_York", "2019-01-01T08:00:00+02:00")]
    [InlineData("2019-01-01T08:00:00Z", "America/New_York", "2019-01-01T08:00:00+00:00")]
    [InlineData("2019-01-01T08:00:00+0530", "UTC", "2019-01-01T08:00:00+05:30")]
    [InlineData("2019-01-01 08:00-03:00", "UTC", "2019-01-01T08:00:00-03:00")]
    // Wall times in a DST gap or repeat resolve like fires
    [InlineData("2016-03-13/02:30:00", "America/New_York", "2016-03-13T03:00:00-04:00")]
    [InlineData("2016-11-06/01:30:00", "America/New_York", "2016-11-06T01:30:00-04:00")]
    [InlineData("2018-11-04", "America/Sao_Paulo", "2018-11-04T01:00:00-02:00")]
    public void Accepted_forms(string text, string zone, string expected)
    {
        var trigger = TriggerParser.Parse(text, TimeZoneInfo.FindSystemTimeZoneById(zone), out var error);

        Assert.Null(error);
        var want = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(want, trigger);
        Assert.Equal(want.Offset, trigger!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("now!")]
    [InlineData("2019-13-01")]
    [InlineData("2019-02-30")]
    [InlineData("2019-01-01/25:00:00")]
    [InlineData("2019-01-01/08:00:60")]
    [InlineData("01/02/2019")]
    [InlineData("2019-1-1")]
    [InlineData("20190101")]
    [InlineData("2019-01-01T")]
    [InlineData("2019-01-01T08")]
    [InlineData("2019-01-01/08:00:00+02:00")]
    [InlineData("2019-01-01T08:00:00+25:00")]
    [InlineData("2019-01-01T08:00:00 UTC")]
    public void Rejected_forms_say_what_to_write(string text)
    {
        var trigger = TriggerParser.Parse(text, TimeZoneInfo.Utc, out var error);

        Assert.Null(trigger);
        Assert.Equal($"'{text}' is not a trigger; write {TriggerParser.Forms}", error);
    }

    [Fact]
    public void Format_is_iso_8601_with_offset() =>
        Assert.Equal("2019-01-01T08:00:00+05:30", TriggerParser.Format(new DateTimeOffset(2019, 1, 1, 8, 0, 0, TimeSpan.FromMinutes(330))));
}
