namespace Runner.Core.Schedules;

/// <summary>
/// Reads successive versions of one schedule file, as the scheduler's watcher does: a row
/// outside the changed part of the file (lines compared from the start and from the end with
/// the last read) that was read then without any diagnostic gives back the same
/// <see cref="Job"/> without being parsed and checked again. A one-line edit of a large file
/// costs one row's parse plus a comparison of the lines, and the unchanged lines are not even
/// copied out of the new text (<see cref="ScheduleTable"/> keeps the last read's). Any change
/// of the header line, the environments or the source name reads every row again. The result
/// is the one <see cref="ScheduleReader.Read(string, string, IReadOnlyCollection{string}?)"/>
/// gives. Not thread-safe: one reader per file, used by one caller at a time.
/// </summary>
public sealed class ScheduleRereader
{
    private readonly KnownRows _known = new();
    private ScheduleTable? _table;
    private string? _header;
    private string? _source;
    private string[]? _environments;

    /// <summary>How many rows the next read can take from the last one without parsing them.</summary>
    public int KnownRowCount => _known.Count;

    /// <summary>True when the last read's text was the text read before it, line for line (a file saved or touched without a change).</summary>
    public bool LastReadChangedNothing { get; private set; }

    /// <summary>Reads <paramref name="text"/>; <paramref name="environments"/>, when given, are the names ENVIRONMENT may hold.</summary>
    public ScheduleReadResult Read(string text, string source = "schedule.tsv", IReadOnlyCollection<string>? environments = null)
    {
        var head = -1;
        var table = _table is null ? ScheduleTable.Parse(text) : ScheduleTable.Reparse(_table, text, out head);
        LastReadChangedNothing = _table is not null && head == _table.Lines.Count && table.Lines.Count == head;
        _table = table;
        var header = table.HeaderIndex < 0 ? null : table.Lines[table.HeaderIndex].Text;
        string[]? names = environments is null ? null : [.. environments.Order(StringComparer.OrdinalIgnoreCase)];
        if (header != _header || source != _source || !SameNames(names, _environments))
        {
            _known.Clear();
            (_header, _source, _environments) = (header, source, names);
        }

        return ScheduleReader.Read(table, source, environments, _known);
    }

    private static bool SameNames(string[]? these, string[]? those) =>
        these is null || those is null ? these == those : these.SequenceEqual(those, StringComparer.OrdinalIgnoreCase);
}
