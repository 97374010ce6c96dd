using Runner.Core.Schedules;
using static Runner.Core.Tests.Schedules.ScheduleText;

namespace Runner.Core.Tests.Schedules;

/// <summary>
/// One row per rule: the rows below the standard header (line 1), the one error they cause,
/// its line and column. Columns of the template row: see <see cref="ScheduleText"/>.
/// </summary>
public sealed class ScheduleReaderRowTests
{
    private static readonly string[] Environments = ["python", "java"];

    [Theory]
    // Row shape: fewer cells than the header -> at the end of the line, naming the missing columns
    [InlineData("1|job|desc|python|run.sh|*|*|8|0", 2, 33, "row has 9 cells but the header has 12: missing SECOND, PARAMETERS, STATUS")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0|", 2, 36, "row has 11 cells but the header has 12: missing STATUS")]
    [InlineData("1", 2, 2, "row has 1 cell but the header has 12: missing NAME, DESCRIPTION, ENVIRONMENT, FILE, MONTH_DAY")]
    // Row shape: more cells than the header -> at the first extra cell
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Y|extra", 2, 39, "row has 13 cells but the header has 12; remove the extra cell")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Y|", 2, 39, "row has 13 cells but the header has 12")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Y|||", 2, 39, "row has 15 cells")]
    // ID: a non-negative integer, trimmed; no sign, no decimals, fits an int
    [InlineData("x|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID 'x' is not a non-negative integer; use digits only")]
    [InlineData("-1|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID '-1' is not a non-negative integer")]
    [InlineData("+1|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID '+1' is not a non-negative integer")]
    [InlineData("1.0|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID '1.0' is not a non-negative integer")]
    [InlineData("1e3|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID '1e3' is not a non-negative integer")]
    [InlineData("1 2|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID '1 2' is not a non-negative integer")]
    [InlineData("\u0663|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID '\u0663' is not a non-negative integer")]
    [InlineData("|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID is empty; give the job a unique non-negative integer id")]
    [InlineData("  |job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID is empty")]
    [InlineData("2147483648|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID 2147483648 is too large; ids go up to 2147483647")]
    [InlineData("99999999999999999999|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "is too large")]
    // ID: unique -> at the later row's ID cell, naming the first row's line
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Y\n1|job|desc|python|run.sh|*|*|8|0|0||Y", 3, 1, "ID 1 is already used on line 2; ids must be unique")]
    [InlineData("7|a|||run.sh|||||||N\n# comment\n\n 07 |b|||run.sh|||||||N", 5, 1, "ID 7 is already used on line 2")]
    [InlineData("1|a|||run.sh|||||||N\r\n2|b|||run.sh|||||||N\r\n2|c|||run.sh|||||||N", 4, 1, "ID 2 is already used on line 3")]
    // STATUS: Y or N, trimmed, case-insensitive
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Yes", 2, 37, "STATUS must be Y (active) or N (inactive), not 'Yes'")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||", 2, 37, "STATUS must be Y (active) or N (inactive), not ''")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||1", 2, 37, "not '1'")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||YN", 2, 37, "not 'YN'")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||active", 2, 37, "not 'active'")]
    // Time fields: column = start of the cell + offset of the error in the cell
    [InlineData("1|job|desc|python|run.sh|0|*|8|0|0||Y", 2, 26, "month day 0 is out of range; allowed: 1-31")]
    [InlineData("1|job|desc|python|run.sh|32|*|8|0|0||Y", 2, 26, "month day 32 is out of range")]
    [InlineData("1|job|desc|python|run.sh|*|0|8|0|0||Y", 2, 28, "week day 0 is not valid")]
    [InlineData("1|job|desc|python|run.sh|*|8|8|0|0||Y", 2, 28, "week day 8 is out of range")]
    [InlineData("1|job|desc|python|run.sh|*|*|24|0|0||Y", 2, 30, "hour 24 is out of range; allowed: 0-23")]
    [InlineData("1|job|desc|python|run.sh|*|*| 24|0|0||Y", 2, 31, "hour 24 is out of range")]
    [InlineData("1|job|desc|python|run.sh|*|*|1,,2|0|0||Y", 2, 32, "empty item in the hour list")]
    [InlineData("1|job|desc|python|run.sh|*|*|1-x|0|0||Y", 2, 32, "'x' is not a valid hour")]
    [InlineData("1|job|desc|python|run.sh|*|*|mon|0|0||Y", 2, 30, "'mon' is a week-day name; the hour field takes 0-23")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|60|0||Y", 2, 32, "minute 60 is out of range; allowed: 0-59")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|5-1|0||Y", 2, 32, "minute range '5-1' runs backwards")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|*/x|0||Y", 2, 34, "'*/x' is not a valid minute")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0,5/5|0||Y", 2, 34, "'5/5' is not supported in the minute field")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|/0||Y", 2, 35, "second cycle '/0' divides by 0")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|/99999999999||Y", 2, 35, "step too large")]
    // FILE: non-empty; NAME may be empty
    [InlineData("1|job|desc|python||*|*|8|0|0||Y", 2, 19, "FILE is empty; name the program or script to run")]
    [InlineData("1|job|desc|python|   |*|*|8|0|0||Y", 2, 19, "FILE is empty")]
    // ENVIRONMENT: empty, or defined in config.ini (case-insensitive)
    [InlineData("1|job|desc|perl|run.sh|*|*|8|0|0||Y", 2, 12, "environment 'perl' is not defined (defined: java, python); add it under [ENVIRONMENT] in config.ini")]
    [InlineData("1|job|desc| venv |run.sh|*|*|8|0|0||Y", 2, 12, "environment 'venv' is not defined")]
    // Characters: one error at the first bad one, nothing else checked on that line
    [InlineData("1|j<U+0000>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "control character U+0000 is not allowed; schedule.tsv must be plain text")]
    [InlineData("1|j<U+0001>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "control character U+0001")]
    [InlineData("1|j<U+0001>b|desc|python|run.sh|*|*|99|0|0||Y", 2, 4, "remove it (the rest of this row is checked once this is fixed)")]
    [InlineData("1|j<U+001B>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "control character U+001B")]
    [InlineData("1|j<U+007F>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "control character U+007F")]
    [InlineData("1|j<U+0085>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "control character U+0085")]
    [InlineData("1|job<U+000D>|desc|python|run.sh|*|*|8|0|0||Y", 2, 6, "U+000D (a carriage return not followed by a line feed)")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Y<U+000D><U+000D>\n", 2, 38, "carriage return")]
    [InlineData("1|j<U+FFFD>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "invalid UTF-8")]
    [InlineData("1|j<U+D800>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "unpaired surrogate U+D800")]
    [InlineData("1|j<U+DC00>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "unpaired surrogate U+DC00")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Y<U+D83D>", 2, 38, "unpaired surrogate U+D83D")]
    [InlineData("1|j<U+FEFF>b|desc|python|run.sh|*|*|8|0|0||Y", 2, 4, "byte order mark U+FEFF inside the file")]
    [InlineData("<U+FEFF>1|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "byte order mark")]
    [InlineData("<U+0000><U+0000><U+0000>|<U+0000>", 2, 1, "control character U+0000")]
    [InlineData("1|job|desc|python|run.sh|*|*|2<U+0000>5|0|0||Y", 2, 31, "control character U+0000")]
    [InlineData("x|job|desc|python|run.sh|*|*|99|0|0||Q<U+0001>", 2, 39, "control character U+0001")]
    [InlineData("# a comment <U+0000>", 2, 13, "control character U+0000")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Y\n<U+0002>", 3, 1, "control character U+0002")]
    // PARAMETERS: shell-like words and known placeholders only
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0|--day {tomorrow}|Y", 2, 42, "unknown placeholder {tomorrow}")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0|  'unclosed|Y", 2, 38, "add the closing '")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0|{id|Y", 2, 36, "{")]
    public void A_bad_row_gives_one_error_at_the_cell(string rows, int line, int column, string message)
    {
        var result = ScheduleReader.Read(WithHeader(rows), environments: Environments);

        var error = Assert.Single(result.Errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("schedule.tsv", error.Source);
        Assert.False(result.IsValid);
    }

    [Theory]
    // ID: trimmed, leading zeros allowed, up to int.MaxValue
    [InlineData("0|job|desc|python|run.sh|*|*|8|0|0||Y")]
    [InlineData(" 7 |job|desc|python|run.sh|*|*|8|0|0||Y")]
    [InlineData("007|job|desc|python|run.sh|*|*|8|0|0||Y")]
    [InlineData("2147483647|job|desc|python|run.sh|*|*|8|0|0||Y")]
    // STATUS: trimmed and case-insensitive (the original's case-sensitive Y was a defect)
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||y")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||n")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0|| Y ")]
    // Time fields: empty = every value (the original's empty field never matched)
    [InlineData("1|job|desc|python|run.sh|||||||Y")]
    [InlineData("1|job|desc|python|run.sh| | | | | ||Y")]
    [InlineData("1|job|desc|python|run.sh|1,15|mon-fri|*/2|/5|0-30/10||Y")]
    [InlineData("1|job|desc|python|run.sh|1-31|1-7|0-23|0-59|0-59||Y")]
    [InlineData("1|job|desc|python|run.sh|*|SUN|*|*|*||Y")]
    // NAME, DESCRIPTION, ENVIRONMENT and PARAMETERS may be empty; ENVIRONMENT is case-insensitive
    [InlineData("1||||run.sh|*|*|8|0|0||Y")]
    [InlineData("1|job|desc|PYTHON|run.sh|*|*|8|0|0||Y")]
    [InlineData("1|job|desc| java |run.sh|*|*|8|0|0|--all \"a b\" {trigger}|Y")]
    // Text: any Unicode, surrogate pairs included
    [InlineData("1|\u00e9t\u00e9 \U0001F600|\u4e2d\u6587|python|run.sh|*|*|8|0|0||Y")]
    // Blank lines (whitespace only) and comments are ignored anywhere
    [InlineData("\n   \n# a comment\n  # an indented comment\n1|job|desc|python|run.sh|*|*|8|0|0||Y\n\n")]
    [InlineData("1|job|desc|python|run.sh|*|*|8|0|0||Y\r\n\t\r\n#\tcomment\twith\ttabs\r\n")]
    public void A_valid_row_loads(string rows)
    {
        var result = ScheduleReader.Read(WithHeader(rows), environments: Environments);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        Assert.Single(result.Schedule.Jobs);
    }
}
