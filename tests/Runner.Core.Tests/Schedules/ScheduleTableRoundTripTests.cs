using System.Text;
using Runner.Core.Schedules;
using static Runner.Core.Tests.Schedules.ScheduleText;

namespace Runner.Core.Tests.Schedules;

/// <summary>An unchanged table gives back its input exactly, byte for byte after UTF-8 encoding.</summary>
public sealed class ScheduleTableRoundTripTests
{
    [Theory]
    // Line ends: LF, CRLF, mixed, none at the end
    [InlineData(Header + "\n" + Row + "\n")]
    [InlineData(Header + "\r\n" + Row + "\r\n")]
    [InlineData(Header + "\r\n" + Row + "\n2|b|||run.sh|||||||N\r\n")]
    [InlineData(Header + "\n" + Row)]
    [InlineData(Header + "\r\n" + Row)]
    [InlineData(Header)]
    // Byte order mark
    [InlineData("<U+FEFF>" + Header + "\r\n" + Row + "\r\n")]
    [InlineData("<U+FEFF><U+FEFF>" + Header + "\n")]
    [InlineData("<U+FEFF>")]
    // Comments, blank and whitespace-only lines
    [InlineData("# jobs\n\n" + Header + "\n  \n" + Row + "\n# end\n\n\n")]
    [InlineData("\t\r\n" + Header + "\r\n#|a|comment|with|tabs\r\n" + Row)]
    // Unknown columns, columns reordered, odd header spelling
    [InlineData("status| Owner |id|name|description|environment|file|month_day|week_day|hour|minute|second|parameters\ny|ops|1|a|||run.sh||||||\n")]
    // Odd line ends: a lone CR is text, not a line end
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n\n\n")]
    [InlineData("\r\r\n")]
    [InlineData("a\rb\nc\r")]
    [InlineData(Header + "\n" + Row + "\r")]
    // Not text at all
    [InlineData("<U+0000><U+0001>|<U+FFFD><U+D800><U+DC00>\n<U+007F>")]
    [InlineData("|||\n|\n")]
    public void An_unchanged_table_gives_back_its_input(string notation)
    {
        var text = Tsv(notation);

        var table = ScheduleTable.Parse(text);

        Assert.Equal(text, table.ToText());
        Assert.Equal(Encoding.UTF8.GetBytes(text), Encoding.UTF8.GetBytes(table.ToText()));
        Assert.Equal(text, ScheduleReader.Read(text).Table.ToText());
    }

    [Theory]
    [InlineData("", 0, "")]
    [InlineData("a", 1, "")]
    [InlineData("a\n", 1, "LF")]
    [InlineData("a\r\nb", 2, "CRLF,")]
    [InlineData("a\r\nb\n\n", 3, "CRLF,LF,LF")]
    [InlineData("a\rb\r\n", 1, "CRLF")]
    [InlineData("<U+FEFF>\n", 1, "LF")]
    public void Lines_keep_their_own_terminators(string notation, int count, string terminators)
    {
        var table = ScheduleTable.Parse(Tsv(notation));

        Assert.Equal(count, table.Lines.Count);
        var names = table.Lines.Select(line => line.Terminator.Replace("\r\n", "CRLF", StringComparison.Ordinal).Replace("\n", "LF", StringComparison.Ordinal));
        Assert.Equal(terminators, string.Join(',', names));
    }

    [Fact]
    public void The_header_is_the_first_line_that_is_neither_blank_nor_a_comment()
    {
        var table = ScheduleTable.Parse(Tsv("<U+FEFF># jobs\n\n ID | name |Owner\n1|a|b\n"));

        Assert.True(table.HasByteOrderMark);
        Assert.Equal(2, table.HeaderIndex);
        Assert.Equal(["ID", "name", "Owner"], table.Columns);
        Assert.Equal(1, table.ColumnIndex("NAME"));
        Assert.Equal(-1, table.ColumnIndex("STATUS"));
        Assert.Equal("# jobs", table.Lines[0].Text);
    }

    [Fact]
    public void A_new_file_is_the_header_of_the_twelve_columns_in_seed_order()
    {
        Assert.Equal(Tsv(Header) + "\n", ScheduleTable.NewFileText());
        Assert.Equal(Tsv(Header) + "\r\n", ScheduleTable.NewFileText("\r\n"));
        Assert.Throws<ArgumentException>(() => ScheduleTable.NewFileText("\r"));

        var result = ScheduleReader.Read(ScheduleTable.NewFileText());
        Assert.True(result.IsValid);
        Assert.Equal(0, result.Schedule.Count);
    }
}
