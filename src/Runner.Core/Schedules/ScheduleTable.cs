using System.Collections.Immutable;
using System.Text;

namespace Runner.Core.Schedules;

/// <summary>
/// schedule.tsv as a lossless document: the byte order mark, every line with its own
/// terminator, comments, blank lines, the header's spelling and unknown columns.
/// <see cref="ToText"/> gives back the parsed text exactly; the <c>With</c> methods return a
/// new table that differs only in the row they touch. Knows the file's shape, not its rules:
/// see <see cref="ScheduleReader"/> for validation.
/// </summary>
public sealed partial class ScheduleTable
{
    private const char ByteOrderMark = '\uFEFF';

    private readonly ImmutableArray<ScheduleLine> _lines;

    private ScheduleTable(bool hasByteOrderMark, ImmutableArray<ScheduleLine> lines)
    {
        HasByteOrderMark = hasByteOrderMark;
        _lines = lines;
        Lines = lines;
        HeaderIndex = FindHeader(lines);
        Columns = HeaderIndex < 0 ? [] : [.. lines[HeaderIndex].Text.Split('\t').Select(cell => cell.Trim())];
    }

    /// <summary>True when the text started with U+FEFF; the mark is not part of line 1.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>Every line in file order; line number = index + 1.</summary>
    public IReadOnlyList<ScheduleLine> Lines { get; }

    /// <summary>Index in <see cref="Lines"/> of the header: the first line that is neither blank nor a comment; -1 if none.</summary>
    public int HeaderIndex { get; }

    /// <summary>The header cells, trimmed, in file order (empty when there is no header).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Reads any text into a table. Never throws: validation is the reader's job.</summary>
    public static ScheduleTable Parse(string text)
    {
        var hasMark = text.Length > 0 && text[0] == ByteOrderMark;
        var lines = ImmutableArray.CreateBuilder<ScheduleLine>(text.AsSpan().Count('\n') + 1);
        AddLines(text, hasMark ? 1 : 0, text.Length, lines);
        return new ScheduleTable(hasMark, lines.DrainToImmutable());
    }

    /// <summary>A new, empty schedule: the header row of the twelve columns in the seed's order.</summary>
    public static string NewFileText(string newline = "\n")
    {
        CheckNewline(newline);
        return string.Join('\t', ScheduleColumns.Required) + newline;
    }

    /// <summary>The document as text; exactly the parsed text when nothing was changed.</summary>
    public string ToText()
    {
        var builder = new StringBuilder();
        if (HasByteOrderMark)
        {
            builder.Append(ByteOrderMark);
        }

        foreach (var line in Lines)
        {
            builder.Append(line.Text).Append(line.Terminator);
        }

        return builder.ToString();
    }

    /// <summary>The index of <paramref name="column"/> in the header (case-insensitive), or -1.</summary>
    public int ColumnIndex(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The line index of the first row whose ID is <paramref name="id"/>, or -1.</summary>
    public int RowIndex(int id)
    {
        var idColumn = ColumnIndex(ScheduleColumns.Id);
        for (var i = HeaderIndex + 1; idColumn >= 0 && i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.IsRow && line.CellAt(idColumn) is { } cell && JobId.TryParse(cell, out var rowId) && rowId == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Sets one cell of the row with ID <paramref name="id"/>; the rest of the file is unchanged.</summary>
    /// <exception cref="ArgumentException">The column is not in the header, or the value holds a tab, CR or LF.</exception>
    /// <exception cref="KeyNotFoundException">No row has that id.</exception>
    public ScheduleTable WithCell(int id, string column, string value)
    {
        CheckCell(column, value);
        var columnIndex = ColumnIndex(column);
        if (columnIndex < 0)
        {
            throw new ArgumentException(ScheduleMessages.NoSuchColumn(column), nameof(column));
        }

        var row = RequireRow(id);
        var cells = new List<string>(Lines[row].Text.Split('\t'));
        while (cells.Count <= columnIndex)
        {
            cells.Add(string.Empty);
        }

        cells[columnIndex] = value;
        var lines = _lines.SetItem(row, Lines[row] with { Text = string.Join('\t', cells) });
        return new ScheduleTable(HasByteOrderMark, lines);
    }

    /// <summary>
    /// Appends a row; columns the dictionary does not name are left empty. Uses the file's
    /// dominant newline, and ends an unterminated last line first so rows never merge.
    /// </summary>
    /// <exception cref="ArgumentException">A key is not a header column, or a value holds a tab, CR or LF.</exception>
    /// <exception cref="InvalidOperationException">The file has no header row.</exception>
    public ScheduleTable WithRow(IReadOnlyDictionary<string, string> cellsByColumn)
    {
        if (HeaderIndex < 0)
        {
            throw new InvalidOperationException(ScheduleMessages.NoHeaderToAppendTo());
        }

        var cells = new string[Columns.Count];
        Array.Fill(cells, string.Empty);
        foreach (var (column, value) in cellsByColumn)
        {
            CheckCell(column, value);
            var index = ColumnIndex(column);
            if (index < 0)
            {
                throw new ArgumentException(ScheduleMessages.NoSuchColumn(column), nameof(cellsByColumn));
            }

            cells[index] = value;
        }

        var newline = DominantNewline();
        var lines = _lines.ToBuilder();
        if (lines[^1].Terminator.Length == 0)
        {
            lines[^1] = lines[^1] with { Terminator = newline };
        }

        lines.Add(new ScheduleLine(string.Join('\t', cells), newline));
        return new ScheduleTable(HasByteOrderMark, lines.ToImmutable());
    }

    /// <summary>Removes the row with ID <paramref name="id"/>, terminator included.</summary>
    /// <exception cref="KeyNotFoundException">No row has that id.</exception>
    public ScheduleTable WithoutRow(int id) =>
        new(HasByteOrderMark, _lines.RemoveAt(RequireRow(id)));

    /// <summary>CRLF when more lines end with CRLF than with LF; LF otherwise.</summary>
    public string DominantNewline()
    {
        var crlf = Lines.Count(line => line.Terminator == ScheduleLine.CrLf);
        var lf = Lines.Count(line => line.Terminator == ScheduleLine.Lf);
        return crlf > lf ? ScheduleLine.CrLf : ScheduleLine.Lf;
    }

    private static int FindHeader(ImmutableArray<ScheduleLine> lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].IsRow)
            {
                return i;
            }
        }

        return -1;
    }

    private int RequireRow(int id)
    {
        var row = RowIndex(id);
        return row >= 0 ? row : throw new KeyNotFoundException(ScheduleMessages.NoSuchRow(id));
    }

    private static void CheckCell(string column, string value)
    {
        if (value.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0)
        {
            throw new ArgumentException(ScheduleMessages.CellBreaksLayout(column), nameof(value));
        }
    }

    private static void CheckNewline(string newline)
    {
        if (newline is not (ScheduleLine.Lf or ScheduleLine.CrLf))
        {
            throw new ArgumentException(ScheduleMessages.BadNewline(), nameof(newline));
        }
    }
}
