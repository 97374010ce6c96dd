namespace Runner.Core.Schedules;

/// <summary>
/// Where the cells of one row start and end, found without copying them. Reused from row to
/// row by one <see cref="ScheduleRowReader"/>, so reading a file allocates only what the jobs keep.
/// </summary>
internal sealed class ScheduleRow
{
    private readonly List<int> _starts = [];
    private string _text = string.Empty;

    /// <summary>The 1-based line number.</summary>
    public int Line { get; private set; }

    /// <summary>The number of cells.</summary>
    public int Count => _starts.Count;

    /// <summary>The column just after the last character: where a missing cell would go.</summary>
    public int EndColumn => _text.Length + 1;

    /// <summary>Points the row at the text of line <paramref name="line"/>.</summary>
    public void Load(string text, int line)
    {
        _text = text;
        Line = line;
        _starts.Clear();
        _starts.Add(0);
        for (var tab = text.IndexOf('\t'); tab >= 0; tab = text.IndexOf('\t', tab + 1))
        {
            _starts.Add(tab + 1);
        }
    }

    /// <summary>True when cell <paramref name="index"/> exists (a header index of -1 never does).</summary>
    public bool Has(int index) => index >= 0 && index < Count;

    /// <summary>The 1-based column where cell <paramref name="index"/> starts.</summary>
    public int StartColumn(int index) => _starts[index] + 1;

    /// <summary>The text of cell <paramref name="index"/>, without copying.</summary>
    public ReadOnlySpan<char> Span(int index)
    {
        var start = _starts[index];
        var end = index + 1 < Count ? _starts[index + 1] - 1 : _text.Length;
        return _text.AsSpan(start, end - start);
    }

    /// <summary>The trimmed text of cell <paramref name="index"/>; empty when the row lacks it.</summary>
    public string Trimmed(int index) => Has(index) ? Span(index).Trim().ToString() : string.Empty;
}
