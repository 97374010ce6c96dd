namespace Runner.Core.Schedules;

/// <summary>
/// The lines of the previous read of a file and the job each of its rows gave, for rows read
/// without any diagnostic. Valid while the header line and the environments stay the same
/// (<see cref="ScheduleRereader"/> checks that): the job of a row then depends on its text and
/// its line number only. A new read lines its lines up with the previous ones from the start
/// and from the end, as a one-place edit leaves them (a changed, inserted or deleted block):
/// a row in the common head or tail takes its old job (moved to its new line), the rows in
/// between are read. Comparing lines costs no hashing and keeping them no index.
/// </summary>
internal sealed class KnownRows
{
    private IReadOnlyList<ScheduleLine> _lines = [];
    private Job?[] _jobs = [];
    private int _head;
    private int _tail;
    private int _count;
    private Job?[] _next = [];

    /// <summary>How many rows the next read can reuse.</summary>
    public int Count => _count;

    /// <summary>Starts a read of <paramref name="lines"/>: finds the head and tail they share with the previous read.</summary>
    public void Begin(IReadOnlyList<ScheduleLine> lines)
    {
        var shared = Math.Min(lines.Count, _lines.Count);
        _head = 0;
        while (_head < shared && SameText(lines[_head], _lines[_head]))
        {
            _head++;
        }

        _tail = 0;
        while (_tail < shared - _head && SameText(lines[^(_tail + 1)], _lines[^(_tail + 1)]))
        {
            _tail++;
        }

        _next = new Job?[lines.Count];
    }

    /// <summary>
    /// The job the previous read gave for the same row (line <paramref name="index"/> + 1 of
    /// <paramref name="lines"/>), moved to its new line, once its id is taken in
    /// <paramref name="rows"/>; null when the row is new or changed, or when an earlier row took
    /// the id (the row is then read in full and reports the duplicate).
    /// </summary>
    public Job? Reuse(IReadOnlyList<ScheduleLine> lines, int index, ScheduleRowReader rows)
    {
        var old = index < _head ? index : index >= lines.Count - _tail ? index - lines.Count + _lines.Count : -1;
        if (old < 0 || _jobs[old] is not { } job || !rows.TryTakeId(job.Id, index + 1))
        {
            return null;
        }

        return _next[index] = job.Line == index + 1 ? job : job with { Line = index + 1 };
    }

    /// <summary>Remembers the job read from line <paramref name="index"/> + 1 for the next read.</summary>
    public void Remember(int index, Job job) => _next[index] = job;

    /// <summary>Ends the read of <paramref name="lines"/>: they and their jobs are what the next read compares with.</summary>
    public void Complete(IReadOnlyList<ScheduleLine> lines)
    {
        (_lines, _jobs, _next) = (lines, _next, []);
        _count = _jobs.Count(job => job is not null);
    }

    /// <summary>Forgets every row (the header or the environments changed).</summary>
    public void Clear() => (_lines, _jobs, _count) = ([], [], 0);

    private static bool SameText(ScheduleLine line, ScheduleLine other) =>
        ReferenceEquals(line, other) || string.Equals(line.Text, other.Text, StringComparison.Ordinal);
}
