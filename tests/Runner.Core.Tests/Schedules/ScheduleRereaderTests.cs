using System.Globalization;
using Runner.Core.Schedules;
using static Runner.Core.Tests.Schedules.ScheduleText;

namespace Runner.Core.Tests.Schedules;

/// <summary>
/// <see cref="ScheduleRereader"/> gives what a fresh <see cref="ScheduleReader"/> read gives,
/// error for error and job for job, while reusing the jobs of unchanged rows.
/// </summary>
public sealed class ScheduleRereaderTests
{
    private static readonly string[] Environments = ["python", "java"];

    [Fact]
    public void Rows_whose_text_did_not_change_give_back_the_same_jobs()
    {
        var reader = new ScheduleRereader();
        var first = reader.Read(WithHeader("1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y\n3|c|||run.sh|*|*|10|0|0||Y"), environments: Environments);
        var second = reader.Read(WithHeader("1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|11|0|0||Y\n3|c|||run.sh|*|*|10|0|0||Y"), environments: Environments);

        Assert.Same(first.Schedule.Find(1), second.Schedule.Find(1));
        Assert.Same(first.Schedule.Find(3), second.Schedule.Find(3));
        Assert.NotSame(first.Schedule.Find(2), second.Schedule.Find(2));
        Assert.Equal("11", second.Schedule.Find(2)!.Timing.Hour.Text);
        Assert.Equal(3, reader.KnownRowCount);
    }

    [Fact]
    public void A_text_read_again_unchanged_is_reported_as_changing_nothing()
    {
        var reader = new ScheduleRereader();
        var text = WithHeader("1|a|||run.sh|*|*|8|0|0||Y");
        reader.Read(text);
        Assert.False(reader.LastReadChangedNothing);

        reader.Read(text);
        Assert.True(reader.LastReadChangedNothing);

        reader.Read(text + "\n");
        Assert.False(reader.LastReadChangedNothing);
    }

    [Fact]
    public void A_reused_row_moved_by_an_inserted_line_carries_its_new_line_number()
    {
        var reader = new ScheduleRereader();
        reader.Read(WithHeader("1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y"));
        var moved = reader.Read(WithHeader("# two comments\n# above\n1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y"));

        Assert.Equal([4, 5], moved.Schedule.Jobs.Select(job => job.Line));
        AssertSameAsFreshRead(moved, WithHeader("# two comments\n# above\n1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y"), null);
    }

    [Theory]
    // A new row takes the id of an unchanged one below it: the unchanged row is the duplicate.
    [InlineData("2|x|||run.sh|*|*|1|0|0||Y\n1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y", 4, "ID 2 is already used on line 2")]
    // A new row below takes the id of an unchanged one: the new row is the duplicate.
    [InlineData("1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y\n1|x|||run.sh|*|*|1|0|0||Y", 4, "ID 1 is already used on line 2")]
    // An unchanged row pasted twice.
    [InlineData("1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y", 4, "ID 2 is already used on line 3")]
    public void A_duplicate_id_next_to_unchanged_rows_is_reported_as_a_fresh_read_reports_it(string rows, int line, string message)
    {
        var reader = new ScheduleRereader();
        reader.Read(WithHeader("1|a|||run.sh|*|*|8|0|0||Y\n2|b|||run.sh|*|*|9|0|0||Y"));
        var read = reader.Read(WithHeader(rows));

        var error = Assert.Single(read.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        AssertSameAsFreshRead(read, WithHeader(rows), null);
    }

    [Fact]
    public void A_changed_header_reads_every_row_again()
    {
        var reader = new ScheduleRereader();
        var first = reader.Read(WithHeader("1|a|||run.sh|*|*|8|0|0||Y"));
        var text = Tsv("ID|NAME|DESCRIPTION|ENVIRONMENT|FILE|MONTH_DAY|WEEK_DAY|HOUR|MINUTE|SECOND|PARAMETERS|STATUS|OWNER\n1|a|||run.sh|*|*|8|0|0||Y|ops");
        var second = reader.Read(text);

        Assert.NotSame(first.Schedule.Find(1), second.Schedule.Find(1));
        Assert.Equal("ops", second.Schedule.Find(1)!.Extra["OWNER"]);
    }

    [Fact]
    public void A_removed_environment_invalidates_the_unchanged_rows_that_name_it()
    {
        var reader = new ScheduleRereader();
        var text = WithHeader("1|a||java|run.sh|*|*|8|0|0||Y\n2|b||python|run.sh|*|*|9|0|0||Y");
        Assert.True(reader.Read(text, environments: Environments).IsValid);

        var read = reader.Read(text, environments: ["python"]);

        var error = Assert.Single(read.Errors);
        Assert.Equal((2, 6), (error.Line, error.Column));
        AssertSameAsFreshRead(read, text, ["python"]);
    }

    [Fact]
    public void A_row_with_a_warning_is_read_again_so_its_warning_is_reported_again()
    {
        var reader = new ScheduleRereader();
        var text = WithHeader(@"1|a|||run.sh|*|*|8|0|0|C:\data\in.csv|Y");
        var first = reader.Read(text);
        var second = reader.Read(text);

        Assert.NotEmpty(first.Errors);
        Assert.All(first.Errors, warning => Assert.False(warning.IsError));
        Assert.Equal(first.Errors, second.Errors);
        Assert.Equal(0, reader.KnownRowCount);
    }

    [Fact]
    public void Damaged_versions_of_a_file_read_in_sequence_give_what_fresh_reads_give()
    {
        var random = new Random(20_261_202);
        for (var n = 0; n < 2_000; n++)
        {
            var file = new MutatedSchedule(random);
            var reader = new ScheduleRereader();
            var environments = random.Next(4) == 0 ? null : Environments;
            reader.Read(file.Text(), environments: environments);
            for (var version = 0; version < 3; version++)
            {
                file.Mutate();
                var text = file.Text();
                AssertSameAsFreshRead(reader.Read(text, environments: environments), text, environments, $"file {n}, {string.Join("; ", file.Applied)}");
            }
        }
    }

    private static void AssertSameAsFreshRead(ScheduleReadResult read, string text, IReadOnlyCollection<string>? environments, string context = "")
    {
        var fresh = ScheduleReader.Read(text, environments: environments);
        Assert.True(fresh.Errors.SequenceEqual(read.Errors), $"errors differ from a fresh read; {context}");
        Assert.True(fresh.Schedule.Jobs.Select(Describe).SequenceEqual(read.Schedule.Jobs.Select(Describe)), $"jobs differ from a fresh read; {context}");
    }

    private static string Describe(Job job) => string.Join(
        '|',
        job.Id.ToString(CultureInfo.InvariantCulture),
        job.Name,
        job.Description,
        job.Environment,
        job.File,
        string.Join(' ', job.Timing.MonthDay.Text, job.Timing.WeekDay.Text, job.Timing.Hour.Text, job.Timing.Minute.Text, job.Timing.Second.Text),
        string.Join(' ', job.Timing.MonthDay.Mask, job.Timing.WeekDay.Mask, job.Timing.Hour.Mask, job.Timing.Minute.Mask, job.Timing.Second.Mask),
        job.Parameters,
        job.IsActive ? "Y" : "N",
        job.Line.ToString(CultureInfo.InvariantCulture),
        string.Join(',', job.Extra.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")));
}
