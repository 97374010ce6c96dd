namespace Runner.Cli;

/// <summary>A plain aligned table in the original's style: dashed rules, cells between bars.</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var rule = new string('-', widths.Sum() + (2 * widths.Length) + 1);
        var lines = new List<string> { rule, Row(header, widths), rule };
        lines.AddRange(rows.Select(r => Row(r, widths)));
        lines.Add(rule);
        return string.Join('\n', lines) + "\n";
    }

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        "|" + string.Concat(cells.Select((c, i) => c.PadRight(widths[i]) + " |"));
}
