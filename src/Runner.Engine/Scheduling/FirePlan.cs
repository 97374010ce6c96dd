using System.Diagnostics.CodeAnalysis;
using Runner.Engine.Jobs;

namespace Runner.Engine.Scheduling;

/// <summary>
/// The next fire of every active job, earliest first (a <see cref="PriorityQueue{TElement, TPriority}"/>
/// keyed by instant, then job id). Planning costs one <c>NextAfter</c> per job; taking the due
/// jobs costs O(log n) each, so nothing scans all jobs while nothing is due. Owned by the
/// scheduler loop: not thread-safe.
/// </summary>
internal sealed class FirePlan(TimeZoneInfo zone)
{
    private readonly Dictionary<int, Cursor> _byId = [];
    private PriorityQueue<Cursor, (DateTimeOffset At, int JobId)> _queue = new();
    private int _stale;

    /// <summary>The zone the jobs' time fields are read in.</summary>
    public TimeZoneInfo Zone => zone;

    /// <summary>The active jobs planned (a job whose timing never fires again counts, without a next fire).</summary>
    public int Count => _byId.Count;

    /// <summary>The earliest next fire of all jobs, or null when none will fire.</summary>
    public DateTimeOffset? Earliest
    {
        get
        {
            DropStale();
            return _queue.TryPeek(out _, out var key) ? key.At : null;
        }
    }

    /// <summary>The next fire of the job, or null when it is not planned or never fires again.</summary>
    public DateTimeOffset? NextOf(int jobId) => _byId.TryGetValue(jobId, out var cursor) ? cursor.Next : null;

    /// <summary>The planned job with the id, or null.</summary>
    public ResolvedJob? JobOf(int jobId) => _byId.TryGetValue(jobId, out var cursor) ? cursor.Job : null;

    /// <summary>
    /// Applies a new schedule. A job whose id, timing and activity are unchanged keeps its next
    /// fire (a reload neither skips nor repeats a fire) and takes the row's other values. A new,
    /// reactivated or retimed job gets its first fire after <paramref name="now"/>, or, when
    /// <paramref name="resumeAfter"/> knows its last claimed fire, the first fire after that one
    /// (which may be due already: missed while the scheduler was down). Deleted and deactivated
    /// jobs leave, and so do jobs whose configuration is invalid. When ids repeat, the first row
    /// wins (as in <see cref="ResolvedSchedule.Find"/>).
    /// </summary>
    public PlanChange Replace(ResolvedSchedule schedule, DateTimeOffset now, Func<int, DateTimeOffset?>? resumeAfter = null)
    {
        var seen = new HashSet<int>(schedule.Count);
        int added = 0, changed = 0;
        foreach (var job in schedule.Jobs)
        {
            if (!job.Row.IsActive || !job.IsValid || !ReferenceEquals(schedule.Find(job.Id), job) || !seen.Add(job.Id))
            {
                continue;
            }

            if (_byId.TryGetValue(job.Id, out var cursor))
            {
                if (cursor.Job.Row.Timing.Equals(job.Row.Timing))
                {
                    cursor.Job = job;
                    continue;
                }

                Retire(cursor);
                changed++;
            }
            else
            {
                added++;
            }

            var from = resumeAfter?.Invoke(job.Id) ?? now;
            var fresh = new Cursor(job, job.Row.Timing.NextAfter(from, zone));
            _byId[job.Id] = fresh;
            Enqueue(fresh);
        }

        var removed = _byId.Keys.Where(id => !seen.Contains(id)).ToList();
        foreach (var id in removed)
        {
            Retire(_byId[id]);
            _byId.Remove(id);
        }

        Compact();
        return new PlanChange(_byId.Count, added, changed, removed.Count);
    }

    /// <summary>
    /// Takes the job whose next fire is earliest, when that fire is at or before <paramref name="now"/>.
    /// The job then has no next fire until <see cref="MoveCursor"/> gives it one: call it for every job taken.
    /// </summary>
    public bool TryTakeDue(DateTimeOffset now, [NotNullWhen(true)] out ResolvedJob? job, out DateTimeOffset instant)
    {
        DropStale();
        if (_queue.TryPeek(out var cursor, out var key) && key.At <= now)
        {
            _queue.Dequeue();
            cursor.Next = null;
            job = cursor.Job;
            instant = key.At;
            return true;
        }

        job = null;
        instant = default;
        return false;
    }

    /// <summary>Sets the next fire of a planned job taken by <see cref="TryTakeDue"/> (null: it never fires again).</summary>
    public void MoveCursor(int jobId, DateTimeOffset? next)
    {
        if (_byId.TryGetValue(jobId, out var cursor) && cursor.Next is null)
        {
            cursor.Next = next;
            Enqueue(cursor);
        }
    }

    private void Enqueue(Cursor cursor)
    {
        if (cursor.Next is { } next)
        {
            _queue.Enqueue(cursor, (next, cursor.Job.Id));
        }
    }

    /// <summary>A retired cursor's queue entry stays until it surfaces or the queue is rebuilt.</summary>
    private void Retire(Cursor cursor)
    {
        cursor.Retired = true;
        if (cursor.Next is not null)
        {
            _stale++;
        }
    }

    private void DropStale()
    {
        while (_stale > 0 && _queue.TryPeek(out var cursor, out _) && cursor.Retired)
        {
            _queue.Dequeue();
            _stale--;
        }
    }

    /// <summary>Rebuilds the queue (O(n)) when retired entries outnumber the live ones.</summary>
    private void Compact()
    {
        if (_stale <= _byId.Count + 64)
        {
            return;
        }

        _queue = new PriorityQueue<Cursor, (DateTimeOffset, int)>(
            _byId.Values.Where(c => c.Next is not null).Select(c => (c, (c.Next!.Value, c.Job.Id))));
        _stale = 0;
    }

    /// <summary>A planned job and its next fire; one queue entry while <see cref="Next"/> is set.</summary>
    private sealed class Cursor(ResolvedJob job, DateTimeOffset? next)
    {
        public ResolvedJob Job { get; set; } = job;

        public DateTimeOffset? Next { get; set; } = next;

        public bool Retired { get; set; }
    }
}
