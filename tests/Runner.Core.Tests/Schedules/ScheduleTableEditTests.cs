using System.Globalization;
using Runner.Core.Schedules;
using static Runner.Core.Tests.Schedules.ScheduleText;

namespace Runner.Core.Tests.Schedules;

/// <summary>
/// Edits touch one row and nothing else: the byte order mark, comments, blank lines, line
/// ends, column order and unknown columns stay byte-identical.
/// </summary>
public sealed class ScheduleTableEditTests
{
    // CRLF-dominant, a BOM, comments, a blank line, an unknown column, reordered and
    // lowercase columns, one LF line and no final newline.
    private const string File =
        "<U+FEFF># jobs\r\n"
        + "id|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n"
        + "1|ops|a|||run.sh|||8|0|0||Y\r\n"
        + "\r\n"
        + "# disabled for now\n"
        + "2|dev|b|||run.sh|||9|0|0| -v |N";

    [Theory]
    // WithCell: one cell of one row; the value is written as given
    [InlineData("cell 2 HOUR 10", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n1|ops|a|||run.sh|||8|0|0||Y\r\n\r\n# disabled for now\n2|dev|b|||run.sh|||10|0|0| -v |N")]
    [InlineData("cell 1 owner sre", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n1|sre|a|||run.sh|||8|0|0||Y\r\n\r\n# disabled for now\n2|dev|b|||run.sh|||9|0|0| -v |N")]
    [InlineData("cell 1 STATUS N", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n1|ops|a|||run.sh|||8|0|0||N\r\n\r\n# disabled for now\n2|dev|b|||run.sh|||9|0|0| -v |N")]
    [InlineData("cell 1 Id 7", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n7|ops|a|||run.sh|||8|0|0||Y\r\n\r\n# disabled for now\n2|dev|b|||run.sh|||9|0|0| -v |N")]
    [InlineData("cell 2 PARAMETERS", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n1|ops|a|||run.sh|||8|0|0||Y\r\n\r\n# disabled for now\n2|dev|b|||run.sh|||9|0|0||N")]
    // WithRow: appended with the dominant newline (CRLF); the unterminated last line gets one first
    [InlineData("row ID=3 NAME=c FILE=x.sh STATUS=N", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n1|ops|a|||run.sh|||8|0|0||Y\r\n\r\n# disabled for now\n2|dev|b|||run.sh|||9|0|0| -v |N\r\n3||c|||x.sh|||||||N\r\n")]
    [InlineData("row status=Y owner=qa id=4 file=y.sh", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n1|ops|a|||run.sh|||8|0|0||Y\r\n\r\n# disabled for now\n2|dev|b|||run.sh|||9|0|0| -v |N\r\n4|qa||||y.sh|||||||Y\r\n")]
    // WithoutRow: the line and its terminator go
    [InlineData("without 1", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n\r\n# disabled for now\n2|dev|b|||run.sh|||9|0|0| -v |N")]
    [InlineData("without 2", "<U+FEFF># jobs\r\nid|Owner|name|description|environment|file|month_day|week_day|hour|minute|second|parameters|status\r\n1|ops|a|||run.sh|||8|0|0||Y\r\n\r\n# disabled for now\n")]
    public void An_edit_changes_one_row_and_nothing_else(string edit, string expected)
    {
        var table = ScheduleTable.Parse(Tsv(File));

        var edited = Apply(table, edit);

        Assert.Equal(Tsv(expected), edited.ToText());
        Assert.Equal(Tsv(File), table.ToText());
        Assert.True(ScheduleReader.Read(edited.ToText()).IsValid);
    }

    [Theory]
    // LF files get LF rows; a missing final newline is added so rows never merge
    [InlineData(Header + "\n" + Row, Header + "\n" + Row + "\n2||||b.sh|||||||N\n")]
    [InlineData(Header + "\n" + Row + "\n", Header + "\n" + Row + "\n2||||b.sh|||||||N\n")]
    [InlineData(Header, Header + "\n2||||b.sh|||||||N\n")]
    [InlineData(Header + "\r\n", Header + "\r\n2||||b.sh|||||||N\r\n")]
    [InlineData(Header + "\r\n" + Row, Header + "\r\n" + Row + "\r\n2||||b.sh|||||||N\r\n")]
    // A tie between CRLF and LF goes to LF
    [InlineData(Header + "\r\n" + Row + "\n", Header + "\r\n" + Row + "\n2||||b.sh|||||||N\n")]
    // Trailing comments and blank lines stay where they are; the row goes after them
    [InlineData(Header + "\n" + Row + "\n\n# end\n", Header + "\n" + Row + "\n\n# end\n2||||b.sh|||||||N\n")]
    public void A_new_row_goes_at_the_end_on_its_own_line(string original, string expected)
    {
        var table = ScheduleTable.Parse(Tsv(original));

        var edited = table.WithRow(new Dictionary<string, string> { ["ID"] = "2", ["FILE"] = "b.sh", ["STATUS"] = "N" });

        Assert.Equal(Tsv(expected), edited.ToText());
    }

    [Fact]
    public void A_cell_past_the_end_of_a_short_row_is_padded_with_empty_cells()
    {
        var table = ScheduleTable.Parse(Tsv(Header + "\n1|a\n"));

        Assert.Equal(Tsv(Header + "\n1|a||||||||||Y\n"), table.WithCell(1, "STATUS", "Y").ToText());
    }

    [Fact]
    public void Edits_find_rows_by_trimmed_id_and_take_the_first_of_duplicates()
    {
        var table = ScheduleTable.Parse(Tsv(Header + "\n 05 |a\n5|b\n"));

        Assert.Equal(Tsv(Header + "\n 05 |z\n5|b\n"), table.WithCell(5, "NAME", "z").ToText());
        Assert.Equal(Tsv(Header + "\n5|b\n"), table.WithoutRow(5).ToText());
    }

    [Fact]
    public void A_new_file_takes_rows()
    {
        var table = ScheduleTable.Parse(ScheduleTable.NewFileText())
            .WithRow(new Dictionary<string, string> { ["id"] = "0", ["name"] = "test", ["file"] = "jobs/0/job.py", ["hour"] = "8", ["status"] = "N" });

        var job = Assert.Single(ScheduleReader.Read(table.ToText()).Schedule.Jobs);
        Assert.Equal((0, "test", false), (job.Id, job.Name, job.IsActive));
    }

    [Theory]
    [InlineData("a\tb")]
    [InlineData("a\rb")]
    [InlineData("a\nb")]
    [InlineData("\r\n")]
    public void Values_that_would_break_the_table_are_refused(string value)
    {
        var table = ScheduleTable.Parse(Tsv(File));

        Assert.Throws<ArgumentException>(() => table.WithCell(1, "NAME", value));
        Assert.Throws<ArgumentException>(() => table.WithRow(new Dictionary<string, string> { ["ID"] = "3", ["NAME"] = value }));
    }

    [Fact]
    public void Edits_of_missing_rows_and_columns_are_refused()
    {
        var table = ScheduleTable.Parse(Tsv(File));

        Assert.Throws<KeyNotFoundException>(() => table.WithCell(99, "NAME", "x"));
        Assert.Throws<KeyNotFoundException>(() => table.WithoutRow(99));
        Assert.Throws<ArgumentException>(() => table.WithCell(1, "NOPE", "x"));
        Assert.Throws<ArgumentException>(() => table.WithRow(new Dictionary<string, string> { ["NOPE"] = "x" }));
        Assert.Throws<InvalidOperationException>(() => ScheduleTable.Parse("# no header\n").WithRow(new Dictionary<string, string>()));
        Assert.Throws<InvalidOperationException>(() => ScheduleTable.Parse(string.Empty).WithRow(new Dictionary<string, string>()));
    }

    private static ScheduleTable Apply(ScheduleTable table, string edit)
    {
        var words = edit.Split(' ');
        return words[0] switch
        {
            "cell" => table.WithCell(int.Parse(words[1], CultureInfo.InvariantCulture), words[2], words.Length > 3 ? words[3] : string.Empty),
            "row" => table.WithRow(words.Skip(1).Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => pair[1])),
            _ => table.WithoutRow(int.Parse(words[1], CultureInfo.InvariantCulture)),
        };
    }
}
