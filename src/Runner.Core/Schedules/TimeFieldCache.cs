using Runner.Core.Scheduling;

namespace Runner.Core.Schedules;

/// <summary>
/// Parses time cells, remembering the valid ones by their exact text: a large schedule
/// repeats a few values (<c>*</c>, <c>0</c>, <c>1-5</c>) in thousands of rows. One per read.
/// </summary>
internal sealed class TimeFieldCache
{
    private readonly Dictionary<string, TimeField>.AlternateLookup<ReadOnlySpan<char>>[] _valid = NewLookups();

    /// <summary>The field parsed from <paramref name="cell"/>, or null and its errors (offsets into the cell).</summary>
    public TimeField? Parse(TimeFieldKind kind, ReadOnlySpan<char> cell, out IReadOnlyList<FieldError> errors)
    {
        var valid = _valid[(int)kind];
        if (valid.TryGetValue(cell, out var known))
        {
            errors = [];
            return known;
        }

        var text = cell.ToString();
        var field = TimeFieldParser.Parse(kind, text, out errors);
        if (field is not null)
        {
            valid.Dictionary[text] = field;
        }

        return field;
    }

    // A loop rather than LINQ over the enum, which is JIT-compiled at every start.
    private static Dictionary<string, TimeField>.AlternateLookup<ReadOnlySpan<char>>[] NewLookups()
    {
        var lookups = new Dictionary<string, TimeField>.AlternateLookup<ReadOnlySpan<char>>[Enum.GetValues<TimeFieldKind>().Length];
        for (var i = 0; i < lookups.Length; i++)
        {
            lookups[i] = new Dictionary<string, TimeField>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        return lookups;
    }
}
