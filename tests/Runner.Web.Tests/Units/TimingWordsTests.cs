using Runner.Core.Scheduling;

namespace Runner.Web.Tests.Units;

/// <summary>A job's time fields in words, as the jobs page shows them.</summary>
public sealed class TimingWordsTests
{
    [Theory]
    // month day, week day, hour, minute, second -> words
    [InlineData("*", "*", "*", "*", "*", "every second")]
    [InlineData("*", "*", "*", "*", "*/5", "every 5 seconds")]
    [InlineData("*", "*", "*", "*", "/15", "every 15 seconds")]
    [InlineData("*", "*", "*", "*", "7,37", "seconds 7,37")]
    [InlineData("*", "*", "*", "*/10", "0", "second 0, every 10 minutes")]
    [InlineData("*", "*", "2", "30", "0", "at 02:30:00, every day")]
    [InlineData("*", "mon-fri", "8", "30", "0", "at 08:30:00, week days mon-fri")]
    [InlineData("1", "*", "0", "0", "0", "at 00:00:00, month day 1")]
    [InlineData("*", "*", "9-17", "0", "0", "second 0, minute 0, hours 9-17, every day")]
    public void Describes_the_fields(string monthDay, string weekDay, string hour, string minute, string second, string words) =>
        Assert.Equal(words, TimingWords.Describe(Timing.Parse(monthDay, weekDay, hour, minute, second)));
}
