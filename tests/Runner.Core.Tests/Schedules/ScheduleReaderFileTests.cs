using Runner.Core.Schedules;
using static Runner.Core.Tests.Schedules.ScheduleText;

namespace Runner.Core.Tests.Schedules;

/// <summary>Whole files: the header, error collection, and what a valid row becomes.</summary>
public sealed class ScheduleReaderFileTests
{
    [Theory]
    // Empty file: one error at 1:1 naming the header row
    [InlineData("", 1, 1, "schedule.tsv is empty; it needs the header row: ID<TAB>NAME<TAB>DESCRIPTION")]
    [InlineData("   \n\t\n", 1, 1, "schedule.tsv is empty")]
    [InlineData("\r\n\r\n", 1, 1, "schedule.tsv is empty")]
    [InlineData("<U+FEFF>", 1, 1, "schedule.tsv is empty")]
    [InlineData("<U+FEFF>  \r\n", 1, 1, "schedule.tsv is empty")]
    [InlineData("# only a comment\n\n", 1, 1, "schedule.tsv has only comments and blank lines; it needs the header row: ID<TAB>NAME")]
    // Header: the first line that is neither blank nor a comment; cells trimmed, any case, any order
    [InlineData("ID|NAME|DESCRIPTION|ENVIRONMENT|FILE|MONTH_DAY|WEEK_DAY|HOUR|MINUTE|SECOND|PARAMETERS", 1, 86, "the header has no STATUS column; add it as one more tab-separated cell (columns may come in any order)")]
    [InlineData("ID|NAME|DESCRIPTION|ENVIRONMENT|FILE|MONTHDAY|WEEK_DAY|HOUR|MINUTE|SECOND|PARAMETERS|STATUS", 1, 92, "the header has no MONTH_DAY column")]
    [InlineData("# schedule\n\nID|NAME|DESCRIPTION|ENVIRONMENT|FILE|MONTH_DAY|WEEK_DAY|HOUR|MINUTE|SECOND|PARAMETERS", 3, 86, "no STATUS column")]
    // Header: a duplicate column -> at the later one
    [InlineData(Header + "|id", 1, 94, "column id appears twice in the header (first at column 1); remove or rename one")]
    [InlineData("ID|NAME|DESCRIPTION|ENVIRONMENT|FILE|MONTH_DAY|WEEK_DAY|HOUR|MINUTE|SECOND|PARAMETERS|STATUS|Owner|OWNER ", 1, 100, "column OWNER appears twice in the header (first at column 94)")]
    // Header: an empty cell
    [InlineData("ID||NAME|DESCRIPTION|ENVIRONMENT|FILE|MONTH_DAY|WEEK_DAY|HOUR|MINUTE|SECOND|PARAMETERS|STATUS", 1, 4, "header cell 2 is empty; name the column or remove the extra tab")]
    [InlineData(Header + "|", 1, 94, "header cell 13 is empty")]
    // A row far shorter than a wide header names the first twelve missing columns
    [InlineData(Header + "|a|b|c|d|e|f|g|h\n1", 2, 2, "row has 1 cell but the header has 20: missing NAME, DESCRIPTION, ENVIRONMENT, FILE, MONTH_DAY, WEEK_DAY, HOUR, MINUTE, SECOND, PARAMETERS, STATUS, a and 7 more;")]
    // The byte order mark is not counted in columns
    [InlineData("<U+FEFF>ID|ID|NAME|DESCRIPTION|ENVIRONMENT|FILE|MONTH_DAY|WEEK_DAY|HOUR|MINUTE|SECOND|PARAMETERS|STATUS", 1, 4, "column ID appears twice")]
    [InlineData("<U+FEFF>" + Header + "\r\n" + "x|job|desc|python|run.sh|*|*|8|0|0||Y", 2, 1, "ID 'x'")]
    // A header with a bad character is still the header
    [InlineData(Header + "|Ow<U+0000>ner\n" + Row + "|x", 1, 96, "control character U+0000")]
    public void A_bad_file_gives_one_error(string text, int line, int column, string message)
    {
        var result = ScheduleReader.Read(Tsv(text));

        var error = Assert.Single(result.Errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // A short row is still checked for the cells it has
    [InlineData(Header + "\n" + "1|job|desc|python|run.sh|*|*|25", "2:30 hour 25 is out of range; 2:32 row has 8 cells")]
    // Every bad cell of a row, in column order
    [InlineData(Header + "\nx|job|desc|python||*|*|8|0|0||Q", "2:1 ID 'x'; 2:19 FILE is empty; 2:31 STATUS must be")]
    [InlineData(Header + "\n" + "1|job|desc|python|run.sh|0|0|24|60|60||Y", "2:26 month day 0; 2:28 week day 0; 2:30 hour 24; 2:33 minute 60; 2:36 second 60")]
    [InlineData(Header + "\n" + "1|job|desc|python|run.sh|*|*|25,x,5-1|0|0||Y", "2:30 hour 25; 2:33 'x' is not a valid hour; 2:35 hour range '5-1'")]
    // Every bad row; a good row between them still loads
    [InlineData(Header + "\nx|a|||run.sh|||||||Y\n2|b|||run.sh|||||||Y\n3|c||||||||||Y\n2|d|||run.sh|||||||Y", "2:1 ID 'x'; 4:7 FILE is empty; 5:1 ID 2 is already used on line 3")]
    [InlineData(Header + "\n" + "1|a<U+0000>\n2|b|||run.sh|||||||Y\n3|c<U+FFFD>", "2:4 control character; 4:4 invalid UTF-8")]
    // No header line: the first row is read as the header
    [InlineData(Row + "\n2|job|desc|python|run.sh|*|*|8|0|0||Y", "1:28 column * appears twice; 1:34 column 0 appears twice; 1:36 header cell 11 is empty; 1:38 no ID column; 1:38 no NAME column; 1:38 no DESCRIPTION column; 1:38 no ENVIRONMENT column; 1:38 no FILE column; 1:38 no MONTH_DAY column; 1:38 no WEEK_DAY column; 1:38 no HOUR column; 1:38 no MINUTE column; 1:38 no SECOND column; 1:38 no PARAMETERS column; 1:38 no STATUS column")]
    public void Every_error_is_reported_in_line_and_column_order(string text, string expected)
    {
        var result = ScheduleReader.Read(Tsv(text));

        var actual = result.Errors.Select(e => (e.Line, e.Column, e.Message)).ToList();
        var wanted = expected.Split("; ").Select(Expectation).ToList();
        Assert.Equal(wanted.Count, actual.Count);
        for (var i = 0; i < wanted.Count; i++)
        {
            Assert.Equal((wanted[i].Line, wanted[i].Column), (actual[i].Line, actual[i].Column));
            Assert.Contains(wanted[i].Fragment, actual[i].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_bad_character_in_the_header_does_not_stop_the_header_from_being_read()
    {
        var result = ScheduleReader.Read(Tsv(Header + "|Ow<U+0000>ner\n" + Row + "|x\n2|job|desc|python|run.sh|*|*|99|0|0||Y|x"));

        Assert.Equal([(1, 96), (3, 30)], result.Errors.Select(e => (e.Line, e.Column)));
        Assert.EndsWith("remove it", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(result.Schedule.Jobs).Id);
    }

    [Fact]
    public void A_short_row_does_not_stop_the_other_rows_from_loading()
    {
        var result = ScheduleReader.Read(WithHeader("1|a|||run.sh|||||||Y\n2|b|||run.sh|*|*\n3|c|||run.sh|||||||y"));

        Assert.False(result.IsValid);
        Assert.Equal([1, 3], result.Schedule.Jobs.Select(job => job.Id));
        Assert.Null(result.Schedule.Find(2));
        Assert.True(result.Schedule.Find(3)!.IsActive);
    }

    [Fact]
    public void The_seed_readme_example_row_parses()
    {
        const string text = "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n"
            + "0\ttest\tTest Job\tpython\tC:\\runner\\jobs\\0\\job.py\t*\t*\t8\t0\t0\t\tN\n";

        var result = ScheduleReader.Read(text, environments: ["python", "cpp", "java"]);

        Assert.Empty(result.Errors);
        var job = Assert.Single(result.Schedule.Jobs);
        Assert.Equal((0, "test", "Test Job", "python", @"C:\runner\jobs\0\job.py", "", false, 2),
            (job.Id, job.Name, job.Description, job.Environment, job.File, job.Parameters, job.IsActive, job.Line));
        Assert.True(job.Timing.Hour.Matches(8) && !job.Timing.Hour.Matches(9));
        Assert.True(job.Timing.MonthDay.IsEvery && job.Timing.WeekDay.IsEvery);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_case_and_unknown_columns_are_kept()
    {
        var text = Tsv("# jobs\nstatus| Second |minute|hour|week_day|month_day|file|environment|description|name|id|parameters|Owner\n"
            + "y|30|15|6|mon-fri||backup.sh|| nightly backup |backup|42| --full |ops\n");

        var result = ScheduleReader.Read(text, "/srv/runner/schedule.tsv");

        Assert.Empty(result.Errors);
        var job = Assert.Single(result.Schedule.Jobs);
        Assert.Equal((42, "backup", "nightly backup", "", "backup.sh", "--full", true, 3),
            (job.Id, job.Name, job.Description, job.Environment, job.File, job.Parameters, job.IsActive, job.Line));
        Assert.Equal("30", job.Timing.Second.Text);
        Assert.True(job.Timing.WeekDay.Matches(5) && !job.Timing.WeekDay.Matches(6));
        Assert.Equal("ops", Assert.Single(job.Extra).Value);
        Assert.Equal("ops", job.Extra["OWNER"]);
    }

    [Fact]
    public void Empty_time_fields_match_every_value()
    {
        var result = ScheduleReader.Read(WithHeader("1|job|desc||run.sh|||||||Y"));

        var timing = Assert.Single(result.Schedule.Jobs).Timing;
        Assert.True(timing.MonthDay.IsEvery && timing.WeekDay.IsEvery && timing.Hour.IsEvery);
        Assert.True(timing.Minute.IsEvery && timing.Second.IsEvery);
    }

    [Fact]
    public void Environments_are_not_checked_when_none_are_given()
    {
        var result = ScheduleReader.Read(WithHeader("1|job|desc|anything|run.sh|*|*|8|0|0||Y"));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void An_environment_is_an_error_when_none_are_defined()
    {
        var result = ScheduleReader.Read(WithHeader("1|job|desc|perl|run.sh|*|*|8|0|0||Y"), environments: []);

        Assert.Contains("environment 'perl' is not defined (no environments are defined)", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_print_as_source_line_column_message()
    {
        var result = ScheduleReader.Read(WithHeader("1|job|desc|python|run.sh|*|*|24|0|0||Y"), "/srv/runner/schedule.tsv");

        Assert.Equal("/srv/runner/schedule.tsv:2:30: hour 24 is out of range; allowed: 0-23", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void One_hundred_thousand_rows_load()
    {
        var text = new System.Text.StringBuilder(Tsv(Header)).Append('\n');
        for (var id = 0; id < 100_000; id++)
        {
            text.Append(id).Append("\tjob ").Append(id).Append("\tdescription\tpython\tjobs/run.sh\t*\t1-5\t")
                .Append(id % 24).Append('\t').Append(id % 60).Append("\t0\t--id ").Append(id).Append("\tY\n");
        }

        var result = ScheduleReader.Read(text.ToString(), environments: ["python"]);

        Assert.Empty(result.Errors);
        Assert.Equal(100_000, result.Schedule.Count);
    }

    private static (int Line, int Column, string Fragment) Expectation(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var position = text[..space].Split(':').Select(int.Parse).ToArray();
        return (position[0], position[1], text[(space + 1)..]);
    }
}
