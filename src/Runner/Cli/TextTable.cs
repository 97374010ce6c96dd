using System.Text;

namespace Runner.Cli;

/// <summary>A plain aligned table in the original's style: dashed rules, cells between bars.</summary>
/// <remarks>Plain loops rather than LINQ: LINQ over value types is JIT-compiled at every start of the command.</remarks>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = new int[header.Count];
        var lineLength = 1;
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = header[i].Length;
            foreach (var row in rows)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }

            lineLength += widths[i] + 2;
        }

        var text = new StringBuilder((rows.Count + 4) * (lineLength + 1));
        text.Append('-', lineLength).Append('\n');
        Row(text, header, widths);
        text.Append('-', lineLength).Append('\n');
        foreach (var row in rows)
        {
            Row(text, row, widths);
        }

        text.Append('-', lineLength).Append('\n');
        return text.ToString();
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            text.Append(cells[i]).Append(' ', widths[i] - cells[i].Length).Append(" |");
        }

        text.Append('\n');
    }
}
