using Runner.Core.Runs;
using Runner.Testing;
using static Runner.Core.Tests.Runs.RunFixtures;

namespace Runner.Core.Tests.Runs;

/// <summary>The tables and the log example of docs/runs.md are what the code does.</summary>
public sealed class RunsDocumentTests
{
    [Fact]
    public void Every_parameters_row_splits_and_expands_as_documented()
    {
        var rows = Rows("parameters");

        Assert.True(rows.Count >= 20, $"only {rows.Count} rows found in docs/runs.md");
        Assert.All(rows, row => Assert.Equal(row[1], Render(RunArguments.Build(row[0], Context).Words)));
    }

    [Fact]
    public void Every_error_row_is_the_documented_error()
    {
        var rows = Rows("parameter-errors");

        Assert.True(rows.Count >= 8, $"only {rows.Count} rows found in docs/runs.md");
        Assert.All(rows, row =>
        {
            var error = Assert.Single(RunArguments.Validate(row[0]));
            Assert.Equal((int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), row[2]), (error.Column, error.Message));
        });
    }

    [Fact]
    public void The_log_example_is_a_header_box_then_records()
    {
        var lines = Between("log-example").Where(l => !l.StartsWith("```", StringComparison.Ordinal)).ToList();
        var box = RunLogHeader.Lines(RunLogHeaderTests.Example);

        Assert.Equal(box, lines.Take(box.Count));
        Assert.All(lines.Skip(box.Count), line => Assert.True(RunLogLine.TryParse(line, out _), line));
        Assert.Equal(RunLogHeader.Started(new DateTime(2018, 12, 31, 23, 59, 59)).ToString(), lines[box.Count]);
        Assert.Equal(
            RunLogHeader.Closing(RunOutcome.Failed, 1, TimeSpan.FromMilliseconds(412), new DateTime(2018, 12, 31, 23, 59, 59)).Select(r => r.ToString()),
            lines.TakeLast(2));
    }

    /// <summary>The cells of the table rows between the markers, code-span backticks removed.</summary>
    private static List<string[]> Rows(string marker) =>
        [.. Between(marker)
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split('|').Select(Cell).ToArray())];

    private static string Cell(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '`' && trimmed[^1] == '`' ? trimmed[1..^1] : trimmed;
    }

    private static IEnumerable<string> Between(string marker) =>
        RepoFiles.Read("docs/runs.md").Split('\n')
            .SkipWhile(line => line != $"<!-- {marker}:begin -->")
            .Skip(1)
            .TakeWhile(line => line != $"<!-- {marker}:end -->");
}
