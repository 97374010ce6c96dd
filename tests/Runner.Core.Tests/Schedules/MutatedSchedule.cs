using System.Text;
using Runner.Core.Schedules;
using Runner.Core.Scheduling;

namespace Runner.Core.Tests.Schedules;

/// <summary>
/// A valid schedule file built from a seeded <see cref="Random"/>, then damaged by mutations.
/// Single-row mutations record the line (and, for time values, the cell) they damaged.
/// </summary>
internal sealed class MutatedSchedule
{
    private const string Comment = "comment";
    private const string Blank = "blank";
    private const string Header = "header";
    private const string Row = "row";
    private const string Other = "other";

    private static readonly string[] CommonTimes = ["*", "", "1", "1-5", "/2", "*/3", "1,3-5", " 2 ", "1-4/2", "2,3"];

    private readonly Random _random;
    private readonly List<string> _texts = [];
    private readonly List<string> _ends = [];
    private readonly List<string> _kinds = [];
    private string[] _columns = [];
    private bool _hasByteOrderMark;
    private int _truncateAt = int.MaxValue;

    public MutatedSchedule(Random random)
    {
        _random = random;
        Build();
        RowCount = _kinds.Count(kind => kind == Row);
    }

    /// <summary>The number of rows of the valid file.</summary>
    public int RowCount { get; }

    /// <summary>The 1-based line a single-row mutation damaged, or null.</summary>
    public int? DamagedLine { get; private set; }

    /// <summary>The exact column of the error, when the mutation makes exactly one.</summary>
    public int? DamagedColumn { get; private set; }

    /// <summary>The 1-based first and last column of a damaged time cell (last + 1 allowed: an empty item after a final comma).</summary>
    public (int First, int Last)? DamagedCell { get; private set; }

    /// <summary>The names of the mutations applied, for failure messages.</summary>
    public List<string> Applied { get; } = [];

    public string Text()
    {
        var text = new StringBuilder(_hasByteOrderMark ? "\uFEFF" : string.Empty);
        for (var i = 0; i < _texts.Count; i++)
        {
            text.Append(_texts[i]).Append(_ends[i]);
        }

        return text.ToString(0, Math.Min(text.Length, _truncateAt));
    }

    /// <summary>Applies one random mutation; single-row mutations pick a row no mutation touched yet.</summary>
    public void Mutate()
    {
        var rows = Enumerable.Range(0, _kinds.Count).Where(i => _kinds[i] == Row).ToList();
        var mutation = _random.Next(11);
        Applied.Add(mutation switch
        {
            0 => InsertControlCharacter(rows),
            1 => Insert(AnyLine(), "\uFEFF", "byte order mark"),
            2 => ToggleNewline(),
            3 => InsertHugeLine(),
            4 => DuplicateId(rows),
            5 => SetTime(rows, Garbage),
            6 => SetTime(rows, OutOfRange),
            7 => DeleteTab(rows),
            8 => Insert(AnyLine(), Junk(), "junk"),
            9 => Truncate(),
            _ => RemoveHeader(),
        });
    }

    /// <summary>Forgets the damaged line: more than one mutation was applied.</summary>
    public void ForgetDamage() => (DamagedLine, DamagedColumn, DamagedCell) = (null, null, null);

    private void Build()
    {
        _columns = [.. ScheduleColumns.Required];
        if (_random.Next(2) == 0)
        {
            _random.Shuffle(_columns);
        }

        if (_random.Next(2) == 0)
        {
            _columns = [.. _columns.Take(3), "Owner", .. _columns.Skip(3)];
        }

        _hasByteOrderMark = _random.Next(5) == 0;
        var newline = _random.Next(2) == 0 ? "\n" : "\r\n";
        if (_random.Next(5) == 0)
        {
            Add("# schedule of " + _random.Next(), newline, Comment);
        }

        Add(string.Join('\t', _columns.Select(c => _random.Next(4) == 0 ? c.ToLowerInvariant() : c)), newline, Header);
        var id = _random.Next(1000);
        for (var n = _random.Next(5, 31); n > 0; n--)
        {
            id += _random.Next(1, 5);
            Add(string.Join('\t', _columns.Select(column => Cell(column, id))), newline, Row);
            if (_random.Next(10) == 0)
            {
                Add(_random.Next(2) == 0 ? "# note" : "  ", newline, _random.Next(2) == 0 ? Comment : Blank);
            }
        }

        if (_random.Next(5) == 0)
        {
            _ends[^1] = string.Empty;
        }
    }

    private string Cell(string column, int id) => column.ToUpperInvariant() switch
    {
        "ID" => id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "NAME" => "job " + id,
        "DESCRIPTION" => _random.Next(3) == 0 ? string.Empty : "does things",
        "ENVIRONMENT" => _random.Next(2) == 0 ? string.Empty : "python",
        "FILE" => $"jobs/{id}/run.sh",
        "PARAMETERS" => _random.Next(2) == 0 ? string.Empty : "--at {trigger}",
        "STATUS" => _random.GetItems<string>(["Y", "N", "y", "n", " Y"], 1)[0],
        "OWNER" => "ops",
        _ => _random.GetItems(CommonTimes, 1)[0],
    };

    private void Add(string text, string end, string kind)
    {
        _texts.Add(text);
        _ends.Add(end);
        _kinds.Add(kind);
    }

    private int AnyLine() => _random.Next(_texts.Count);

    private string Insert(int line, string text, string name)
    {
        _texts[line] = _texts[line].Insert(_random.Next(_texts[line].Length + 1), text);
        _kinds[line] = Other;
        return name;
    }

    private string InsertControlCharacter(List<int> rows)
    {
        if (rows.Count == 0)
        {
            return "no row for a control character";
        }

        var line = _random.GetItems(rows.ToArray(), 1)[0];
        char[] controls = [.. Enumerable.Range(0, 32).Concat(Enumerable.Range(0x7F, 33)).Select(i => (char)i).Where(c => c is not ('\t' or '\n'))];
        var c = _random.Next(2) == 0 ? '\0' : controls[_random.Next(controls.Length)];
        var position = _random.Next(_texts[line].Length + 1);
        if (c == '\r' && position == _texts[line].Length && _ends[line] == "\n")
        {
            position = 0; // CR just before LF would make a CRLF line end, not a bad character
        }

        _texts[line] = _texts[line].Insert(position, c.ToString());
        _kinds[line] = Other;
        (DamagedLine, DamagedColumn) = (line + 1, position + 1);
        return $"U+{(int)c:X4} at {line + 1}:{position + 1}";
    }

    private string ToggleNewline()
    {
        var line = AnyLine();
        _ends[line] = _ends[line] switch { "\n" => "\r\n", "\r\n" => "\n", _ => string.Empty };
        return $"newline toggled on {line + 1}";
    }

    private string InsertHugeLine()
    {
        const string Alphabet = "abc\t*,/-19 \u00e9";
        var chunk = new string([.. Enumerable.Range(0, 1000).Select(_ => Alphabet[_random.Next(Alphabet.Length)])]);
        var at = _random.Next(_texts.Count + 1);
        _texts.Insert(at, string.Concat(Enumerable.Repeat(chunk, 100)));
        _ends.Insert(at, "\n");
        _kinds.Insert(at, Other);
        return $"100 KB line at {at + 1}";
    }

    private string DuplicateId(List<int> rows)
    {
        if (rows.Count < 2)
        {
            return "no rows to duplicate an id";
        }

        var first = _random.Next(rows.Count - 1);
        var later = rows[_random.Next(first + 1, rows.Count)];
        var id = CellAt(rows[first], Array.IndexOf(_columns, "ID"));
        var (start, _) = SetCell(later, Array.IndexOf(_columns, "ID"), id.Trim());
        (DamagedLine, DamagedColumn) = (later + 1, start);
        return $"id {id} duplicated on {later + 1}";
    }

    private string SetTime(List<int> rows, Func<TimeFieldKind, string> value)
    {
        if (rows.Count == 0)
        {
            return "no row for a time value";
        }

        var line = _random.GetItems(rows.ToArray(), 1)[0];
        var kind = (TimeFieldKind)_random.Next(5);
        var text = value(kind);
        var cell = SetCell(line, Array.IndexOf(_columns, kind.Column()), text);
        (DamagedLine, DamagedCell) = (line + 1, cell);
        DamagedColumn = value == OutOfRange ? cell.First : null;
        return $"{kind.Column()} = '{text}' on {line + 1}";
    }

    private string Garbage(TimeFieldKind kind)
    {
        while (true)
        {
            const string Alphabet = "0123456789*/-,xmon ";
            var text = new string([.. Enumerable.Range(0, _random.Next(1, 7)).Select(_ => Alphabet[_random.Next(Alphabet.Length)])]);
            if (TimeFieldParser.Parse(kind, text, out _) is null)
            {
                return text;
            }
        }
    }

    private string OutOfRange(TimeFieldKind kind) =>
        kind.Min() == 1 && _random.Next(3) == 0
            ? "0"
            : _random.Next(kind.Max() + 1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string DeleteTab(List<int> rows)
    {
        if (rows.Count == 0)
        {
            return "no row to delete a tab from";
        }

        var line = _random.GetItems(rows.ToArray(), 1)[0];
        var tabs = Enumerable.Range(0, _texts[line].Length).Where(i => _texts[line][i] == '\t').ToArray();
        var tab = tabs[_random.Next(tabs.Length)];
        _texts[line] = _texts[line].Remove(tab, 1);
        _kinds[line] = Other;
        DamagedLine = line + 1;
        return $"tab deleted at {line + 1}:{tab + 1}";
    }

    private string Junk()
    {
        return new string([.. Enumerable.Range(0, _random.Next(1, 21)).Select(_ => _random.Next(4) switch
        {
            0 => '\uFFFD',
            1 => (char)_random.Next(0xD800, 0xE000),
            _ => (char)_random.Next(0x10000),
        })]);
    }

    private string Truncate()
    {
        _truncateAt = Math.Min(_truncateAt, _random.Next(Text().Length + 1));
        return $"truncated at {_truncateAt}";
    }

    private string RemoveHeader()
    {
        var header = _kinds.IndexOf(Header);
        if (header >= 0)
        {
            _texts.RemoveAt(header);
            _ends.RemoveAt(header);
            _kinds.RemoveAt(header);
        }

        return "header removed";
    }

    private string CellAt(int line, int index) => _texts[line].Split('\t')[index];

    private (int First, int Last) SetCell(int line, int index, string value)
    {
        var cells = _texts[line].Split('\t');
        cells[index] = value;
        _texts[line] = string.Join('\t', cells);
        _kinds[line] = Other;
        var start = cells.Take(index).Sum(cell => cell.Length + 1) + 1;
        return (start, start + value.Length);
    }
}
