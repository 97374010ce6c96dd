namespace Runner.Core.Schedules;

/// <summary>
/// The header row, checked: where each column is, which columns are unknown (kept as
/// <see cref="Job.Extra"/>), and how many cells a row must have.
/// </summary>
internal sealed class ScheduleHeader
{
    private readonly Dictionary<string, int> _indexByName;

    private ScheduleHeader(string[] names, Dictionary<string, int> indexByName)
    {
        Names = names;
        _indexByName = indexByName;
        IsComplete = ScheduleColumns.Required.All(indexByName.ContainsKey);
        // A loop rather than LINQ over KeyValuePairs, which is JIT-compiled at every start.
        var extra = new List<(string Name, int Index)>();
        foreach (var (name, index) in indexByName)
        {
            if (!ScheduleColumns.IsRequired(name))
            {
                extra.Add((name, index));
            }
        }

        Extra = extra;
    }

    /// <summary>The header cells, trimmed, in file order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>True when all twelve required columns are present.</summary>
    public bool IsComplete { get; }

    /// <summary>The unknown columns: name as spelled in the header, and cell index.</summary>
    public IReadOnlyList<(string Name, int Index)> Extra { get; }

    /// <summary>Reads the header line <paramref name="lineNumber"/>, reporting every problem.</summary>
    public static ScheduleHeader Read(ScheduleLine line, int lineNumber, ScheduleErrors errors)
    {
        var cells = line.Text.Split('\t');
        var names = cells.Select(cell => cell.Trim()).ToArray();
        var indexByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var firstColumn = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var start = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (names[i].Length == 0)
            {
                errors.Add(lineNumber, start + 1, ScheduleMessages.EmptyColumnName(i + 1));
            }
            else if (indexByName.TryAdd(names[i], i))
            {
                firstColumn[names[i]] = start + 1;
            }
            else
            {
                errors.Add(lineNumber, start + 1, ScheduleMessages.DuplicateColumn(names[i], firstColumn[names[i]]));
            }

            start += cells[i].Length + 1;
        }

        foreach (var missing in ScheduleColumns.Required.Where(column => !indexByName.ContainsKey(column)))
        {
            errors.Add(lineNumber, line.Text.Length + 1, ScheduleMessages.MissingColumn(missing));
        }

        return new ScheduleHeader(names, indexByName);
    }

    /// <summary>The cell index of <paramref name="column"/>, or -1 when the header lacks it.</summary>
    public int IndexOf(string column) => _indexByName.TryGetValue(column, out var index) ? index : -1;
}
