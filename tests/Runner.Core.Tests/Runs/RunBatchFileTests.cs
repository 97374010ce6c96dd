using Runner.Core.Runs;
using Runner.Core.Triggers;

namespace Runner.Core.Tests.Runs;

/// <summary>Entries are written <c>line:id:trigger</c> (<c>now</c> for none), separated by <c> | </c>.</summary>
public sealed class RunBatchFileTests
{
    [Theory]
    // The seed's lines: ID, a space, the trigger
    [InlineData("0 2019-01-01/08:00:00", "UTC", "1:0:2019-01-01T08:00:00+00:00")]
    [InlineData("0 2018-12-31/08:00:00\n0 2019-01-01/08:00:00", "UTC", "1:0:2018-12-31T08:00:00+00:00 | 2:0:2019-01-01T08:00:00+00:00")]
    [InlineData("3 2019-01-01", "UTC", "1:3:2019-01-01T00:00:00+00:00")]
    // The rest of the line is the trigger, so ISO 8601 with a space works too
    [InlineData("0 2019-01-01 08:00:00", "UTC", "1:0:2019-01-01T08:00:00+00:00")]
    [InlineData("0 2019-01-01 08:00", "UTC", "1:0:2019-01-01T08:00:00+00:00")]
    [InlineData("0 2019-01-01T08:00:00+02:00", "UTC", "1:0:2019-01-01T08:00:00+02:00")]
    [InlineData("0\t\t2019-01-01 08:00:00  ", "UTC", "1:0:2019-01-01T08:00:00+00:00")]
    [InlineData("  12   2019-01-01/08:00:00", "UTC", "1:12:2019-01-01T08:00:00+00:00")]
    // A trigger without an offset is a wall-clock time in the scheduler's zone
    [InlineData("1 2019-07-01/08:00:00", "Europe/Berlin", "1:1:2019-07-01T08:00:00+02:00")]
    [InlineData("1 2019-01-01/08:00:00", "Europe/Berlin", "1:1:2019-01-01T08:00:00+01:00")]
    [InlineData("1 2016-03-13/02:30:00", "America/New_York", "1:1:2016-03-13T03:00:00-04:00")]
    // No trigger: now
    [InlineData("7", "UTC", "1:7:now")]
    [InlineData("7   ", "UTC", "1:7:now")]
    [InlineData("007", "UTC", "1:7:now")]
    // Blank lines and comments are skipped; line numbers count them
    [InlineData("", "UTC", "")]
    [InlineData("\n\n", "UTC", "")]
    [InlineData("# runs for the new year\n\n  # indented comment\n1 2019-01-01\n", "UTC", "4:1:2019-01-01T00:00:00+00:00")]
    [InlineData("1 2019-01-01 # nightly", "UTC", "1:1:2019-01-01T00:00:00+00:00")]
    [InlineData("1\t# now", "UTC", "1:1:now")]
    [InlineData("1 #", "UTC", "1:1:now")]
    // CRLF, a byte order mark, no final newline
    [InlineData("\uFEFF1 2019-01-01\r\n2\r\n", "UTC", "1:1:2019-01-01T00:00:00+00:00 | 2:2:now")]
    [InlineData("1\r\n\r\n3", "UTC", "1:1:now | 3:3:now")]
    // The same run twice runs twice
    [InlineData("1\n1", "UTC", "1:1:now | 2:1:now")]
    public void Reads_every_line(string text, string zone, string expected)
    {
        var batch = RunBatchFile.Parse(text, "runs.txt", TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Empty(batch.Errors);
        Assert.True(batch.IsValid);
        Assert.Equal(expected, string.Join(" | ", batch.Entries.Select(Render)));
    }

    [Theory]
    // The id: a non-negative integer that fits
    [InlineData("x 2019-01-01", 1, 1, "'x' is not a job id; write ID [TRIGGER] on each line, the id a non-negative integer, e.g. 7 2019-01-01/08:00:00")]
    [InlineData("  -1", 1, 3, "'-1' is not a job id")]
    [InlineData("+1", 1, 1, "'+1' is not a job id")]
    [InlineData("1,2019-01-01", 1, 1, "'1,2019-01-01' is not a job id")]
    [InlineData("1;2019-01-01", 1, 1, "'1;2019-01-01' is not a job id")]
    [InlineData("2019-01-01", 1, 1, "'2019-01-01' is not a job id")]
    [InlineData("99999999999", 1, 1, "job id 99999999999 is too large; ids go up to 2147483647")]
    [InlineData("\u0663", 1, 1, "'\u0663' is not a job id")]
    // The trigger: at its first character, saying the forms
    [InlineData("1 2019-13-01", 1, 3, "'2019-13-01' is not a trigger; write " + TriggerParser.Forms)]
    [InlineData("1 now", 1, 3, "'now' is not a trigger")]
    [InlineData("1 2019-01-01 08:00:00 extra", 1, 3, "'2019-01-01 08:00:00 extra' is not a trigger")]
    [InlineData("1\t\t2019-01-01#x", 1, 4, "'2019-01-01#x' is not a trigger")]
    [InlineData("1 01/02/2019", 1, 3, "'01/02/2019' is not a trigger")]
    // Lines are counted as written
    [InlineData("\n# c\n  5 tomorrow", 3, 5, "'tomorrow' is not a trigger")]
    [InlineData("1\r\n2 x\r\n", 2, 3, "'x' is not a trigger")]
    [InlineData("\uFEFFx", 1, 1, "'x' is not a job id")]
    public void Errors_name_line_and_column(string text, int line, int column, string message)
    {
        var batch = RunBatchFile.Parse(text, "runs.txt", TimeZoneInfo.Utc);

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("runs.txt", line, column), (error.Source, error.Line, error.Column));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.False(batch.IsValid);
    }

    [Fact]
    public void Every_error_is_found_before_anything_runs()
    {
        var batch = RunBatchFile.Parse("x\n1 bad\n2 2019-01-01\ny zz\n", "runs.txt", TimeZoneInfo.Utc);

        Assert.Equal(["runs.txt:1:1", "runs.txt:2:3", "runs.txt:4:1", "runs.txt:4:3"], batch.Errors.Select(e => $"{e.Source}:{e.Line}:{e.Column}"));
        Assert.Equal("3:2:2019-01-01T00:00:00+00:00", string.Join(" | ", batch.Entries.Select(Render)));
    }

    private static string Render(RunBatchEntry entry) =>
        $"{entry.Line}:{entry.JobId}:{(entry.Trigger is { } trigger ? TriggerParser.Format(trigger) : "now")}";
}
