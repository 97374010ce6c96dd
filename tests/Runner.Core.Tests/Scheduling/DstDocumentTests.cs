using System.Globalization;
using System.Reflection;
using Runner.Core.Scheduling;
using Runner.Testing;

namespace Runner.Core.Tests.Scheduling;

/// <summary>docs/dst.md and the DST test table are one table: same rows, all true.</summary>
public sealed class DstDocumentTests
{
    [Fact]
    public void Every_row_of_docs_dst_md_holds()
    {
        foreach (var row in DocumentRows())
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(row[0]);
            var next = Timing.Parse(row[2], row[3], row[4], row[5], row[6]).NextAfter(Instant(row[1]), zone);

            Assert.True(next == Instant(row[7]) && next.Value.Offset == Instant(row[7]).Offset, $"docs/dst.md row {string.Join(" | ", row)}: got {next:O}");
        }
    }

    [Fact]
    public void The_document_and_the_test_table_hold_the_same_rows()
    {
        var tested = typeof(NextFireTests).GetMethod(nameof(NextFireTests.Daylight_saving_transitions))!
            .GetCustomAttributes<InlineDataAttribute>()
            .Select(a => string.Join(" | ", a.GetData(null!).Single()))
            .ToList();
        var documented = DocumentRows().Select(r => string.Join(" | ", r)).ToList();

        Assert.Equal(tested, documented);
    }

    private static List<string[]> DocumentRows() =>
        RepoFiles.Read("docs/dst.md").Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && line.Count(c => c == '|') == 9 && char.IsLetter(line[2]) && line.Contains('/', StringComparison.Ordinal) && !line.StartsWith("| zone", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim().Trim('`')).ToArray())
            .ToList();

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
