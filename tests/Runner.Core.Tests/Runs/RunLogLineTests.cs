using System.Globalization;
using Runner.Core.Runs;

namespace Runner.Core.Tests.Runs;

public sealed class RunLogLineTests
{
    private static readonly DateTime Eve = new(2018, 12, 31, 23, 59, 59);

    [Theory]
    // The seed's record: local time to the second | LEVEL | message
    [InlineData(RunLogLevel.Info, "message", "2018-12-31 23:59:59|INFO|message")]
    [InlineData(RunLogLevel.Error, "disk full", "2018-12-31 23:59:59|ERROR|disk full")]
    [InlineData(RunLogLevel.Warning, "low", "2018-12-31 23:59:59|WARNING|low")]
    [InlineData(RunLogLevel.Debug, "x=1", "2018-12-31 23:59:59|DEBUG|x=1")]
    [InlineData(RunLogLevel.Info, "", "2018-12-31 23:59:59|INFO|")]
    [InlineData(RunLogLevel.Info, "a|b|c", "2018-12-31 23:59:59|INFO|a|b|c")]
    // A record is always one line
    [InlineData(RunLogLevel.Info, "two\nlines", @"2018-12-31 23:59:59|INFO|two\x0Alines")]
    [InlineData(RunLogLevel.Info, "a\tb", "2018-12-31 23:59:59|INFO|a\tb")]
    public void Format_writes_the_seed_record(RunLogLevel level, string message, string expected) =>
        Assert.Equal(expected, RunLogLine.Format(Eve.AddMilliseconds(999), level, message));

    [Theory]
    // Standard output is INFO, standard error ERROR
    [InlineData("hello", false, RunLogLevel.Info, "hello")]
    [InlineData("hello", true, RunLogLevel.Error, "hello")]
    [InlineData("", false, RunLogLevel.Info, "")]
    [InlineData("", true, RunLogLevel.Error, "")]
    [InlineData("a|b|c", false, RunLogLevel.Info, "a|b|c")]
    [InlineData("  indented", false, RunLogLevel.Info, "  indented")]
    [InlineData("日本語 😀", true, RunLogLevel.Error, "日本語 😀")]
    // A level prefix at the very start wins on either stream; it and one space after it are dropped
    [InlineData("ERROR: disk full", false, RunLogLevel.Error, "disk full")]
    [InlineData("WARNING: disk low", false, RunLogLevel.Warning, "disk low")]
    [InlineData("DEBUG: x=1", false, RunLogLevel.Debug, "x=1")]
    [InlineData("INFO: done", false, RunLogLevel.Info, "done")]
    [InlineData("ERROR: disk full", true, RunLogLevel.Error, "disk full")]
    [InlineData("WARNING: disk low", true, RunLogLevel.Warning, "disk low")]
    [InlineData("DEBUG: x=1", true, RunLogLevel.Debug, "x=1")]
    [InlineData("INFO: done", true, RunLogLevel.Info, "done")]
    [InlineData("ERROR:disk", false, RunLogLevel.Error, "disk")]
    [InlineData("ERROR:  two spaces", false, RunLogLevel.Error, " two spaces")]
    [InlineData("ERROR:\tx", false, RunLogLevel.Error, "\tx")]
    [InlineData("ERROR:", false, RunLogLevel.Error, "")]
    [InlineData("ERROR: ", false, RunLogLevel.Error, "")]
    [InlineData("INFO: ERROR: x", true, RunLogLevel.Info, "ERROR: x")]
    // Python's logging default format (on standard error)
    [InlineData("WARNING:root:disk low", true, RunLogLevel.Warning, "root:disk low")]
    [InlineData("INFO:job:started", true, RunLogLevel.Info, "job:started")]
    [InlineData("CRITICAL:root:down", true, RunLogLevel.Error, "CRITICAL:root:down")]
    // Prefixes are upper-case, at the start, and complete
    [InlineData("error: lower case", false, RunLogLevel.Info, "error: lower case")]
    [InlineData("Error: title case", false, RunLogLevel.Info, "Error: title case")]
    [InlineData("warning: lower case", true, RunLogLevel.Error, "warning: lower case")]
    [InlineData(" ERROR: indented", false, RunLogLevel.Info, " ERROR: indented")]
    [InlineData("ERRORS: 0", false, RunLogLevel.Info, "ERRORS: 0")]
    [InlineData("ERROR x", false, RunLogLevel.Info, "ERROR x")]
    [InlineData("WARN: x", false, RunLogLevel.Info, "WARN: x")]
    [InlineData("FATAL: x", false, RunLogLevel.Info, "FATAL: x")]
    [InlineData("[ERROR] x", false, RunLogLevel.Info, "[ERROR] x")]
    // One trailing CR (a CRLF line end) is dropped
    [InlineData("line\r", false, RunLogLevel.Info, "line")]
    [InlineData("ERROR: x\r", false, RunLogLevel.Error, "x")]
    [InlineData("line\r\r", false, RunLogLevel.Info, @"line\x0D")]
    // Control characters but tab are escaped, so a record never breaks
    [InlineData("\u001b[31mred\u001b[0m", false, RunLogLevel.Info, @"\x1B[31mred\x1B[0m")]
    [InlineData("50%\r60%", false, RunLogLevel.Info, @"50%\x0D60%")]
    [InlineData("a\nb", false, RunLogLevel.Info, @"a\x0Ab")]
    [InlineData("a\0b", false, RunLogLevel.Info, @"a\x00b")]
    [InlineData("bell\a", false, RunLogLevel.Info, @"bell\x07")]
    [InlineData("del\u007f", false, RunLogLevel.Info, @"del\x7F")]
    [InlineData("nel\u0085", false, RunLogLevel.Info, @"nel\x85")]
    [InlineData("c1\u009f", false, RunLogLevel.Info, @"c1\x9F")]
    [InlineData("a\u2028b\u2029c", false, RunLogLevel.Info, @"a\u2028b\u2029c")]
    [InlineData("a\tb", false, RunLogLevel.Info, "a\tb")]
    [InlineData("\u00a0\u00ff", false, RunLogLevel.Info, "\u00a0\u00ff")]
    [InlineData("ERROR: \u001b[1m", false, RunLogLevel.Error, @"\x1B[1m")]
    [InlineData(@"\x41 stays", false, RunLogLevel.Info, @"\x41 stays")]
    public void Classify_levels_and_cleans_a_line(string line, bool fromStdErr, RunLogLevel level, string message) =>
        Assert.Equal(new RunLogEntry(level, message), RunLogLine.Classify(line, fromStdErr));

    [Theory]
    // Up to the cap a message is whole; past it, cut with the count of what was dropped
    [InlineData("abc", 3, "abc")]
    [InlineData("abcdef", 3, "abc [... 3 more characters]")]
    [InlineData("abcd", 3, "abc [... 1 more characters]")]
    [InlineData("abcdef", 1, "a [... 5 more characters]")]
    // The prefix goes first, and the trailing CR does not count
    [InlineData("ERROR: abcdef", 3, "abc [... 3 more characters]")]
    [InlineData("abc\r", 3, "abc")]
    // A surrogate pair is never cut in half
    [InlineData("a😀b", 2, "a [... 3 more characters]")]
    [InlineData("a😀b", 3, "a😀 [... 1 more characters]")]
    // Escapes are applied to what is kept
    [InlineData("\u001b\u001b\u001b\u001b", 2, @"\x1B\x1B [... 2 more characters]")]
    public void Classify_cuts_long_lines_with_a_marker(string line, int maxLength, string message) =>
        Assert.Equal(message, RunLogLine.Classify(line, false, maxLength).Message);

    [Fact]
    public void The_default_cap_is_64_KiB_of_characters()
    {
        Assert.Equal(65536, RunLogLine.DefaultMaxLength);
        Assert.Equal(new string('x', 65536), RunLogLine.Classify(new string('x', 65536), false).Message);
        Assert.Equal(new string('x', 65536) + " [... 4464 more characters]", RunLogLine.Classify(new string('x', 70000), false).Message);
    }

    [Fact]
    public void A_cap_below_one_is_a_bug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RunLogLine.Classify("x", false, 0));

    [Theory]
    // Records read back: time, level, and the rest as the message
    [InlineData("2018-12-31 23:59:59|INFO|message", "2018-12-31 23:59:59", RunLogLevel.Info, "message")]
    [InlineData("2019-01-01 00:00:00|ERROR|a|b|c", "2019-01-01 00:00:00", RunLogLevel.Error, "a|b|c")]
    [InlineData("2019-01-01 00:00:00|WARNING|", "2019-01-01 00:00:00", RunLogLevel.Warning, "")]
    [InlineData("2019-01-01 00:00:00|DEBUG| x ", "2019-01-01 00:00:00", RunLogLevel.Debug, " x ")]
    [InlineData("2019-01-01 00:00:00|INFO|JOB FINISHED.", "2019-01-01 00:00:00", RunLogLevel.Info, "JOB FINISHED.")]
    public void TryParse_reads_a_record(string line, string time, RunLogLevel level, string message)
    {
        Assert.True(RunLogLine.TryParse(line, out var record));
        Assert.Equal(new RunLogRecord(DateTime.ParseExact(time, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), level, message), record);
        Assert.Equal(line, record.ToString());
    }

    [Theory]
    // The header box and anything else are not records
    [InlineData("")]
    [InlineData("********************************************************************************")]
    [InlineData("*          APP: test                                                           *")]
    [InlineData("2018-12-31 23:59:59")]
    [InlineData("2018-12-31 23:59:59|")]
    [InlineData("2018-12-31 23:59:59|INFO")]
    [InlineData("2018-12-31 23:59:59|info|x")]
    [InlineData("2018-12-31 23:59:59|FATAL|x")]
    [InlineData("2018-12-31 23:59:59||x")]
    [InlineData("2018-13-31 23:59:59|INFO|x")]
    [InlineData("2018-12-31T23:59:59|INFO|x")]
    [InlineData("2018-12-31 23:59|INFO|x")]
    [InlineData("2018-12-31 23:59:59.123|INFO|x")]
    [InlineData(" 2018-12-31 23:59:59|INFO|x")]
    [InlineData("2018-12-31 23:59:59 |INFO|x")]
    public void TryParse_rejects_anything_else(string line)
    {
        Assert.False(RunLogLine.TryParse(line, out var record));
        Assert.Null(record);
    }

    [Theory]
    [InlineData("hello", false)]
    [InlineData("WARNING:root:disk low", true)]
    [InlineData("\u001b[31mred|x", true)]
    [InlineData("", false)]
    public void A_classified_line_reads_back_as_written(string line, bool fromStdErr)
    {
        var entry = RunLogLine.Classify(line, fromStdErr);
        var written = new RunLogRecord(Eve, entry.Level, entry.Message).ToString();

        Assert.True(RunLogLine.TryParse(written, out var record));
        Assert.Equal(new RunLogRecord(Eve, entry.Level, entry.Message), record);
    }

    [Fact]
    public void Every_level_has_its_upper_case_name() =>
        Assert.Equal(["DEBUG", "INFO", "WARNING", "ERROR"], Enum.GetValues<RunLogLevel>().Select(RunLogLine.Name));
}
