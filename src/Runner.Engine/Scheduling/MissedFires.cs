using Runner.Core.Scheduling;

namespace Runner.Engine.Scheduling;

/// <summary>
/// The fires of one job in a past span, found without walking all of them: a year-long outage
/// of a per-second job is 31 million fires, and the scheduler needs only their number (or a
/// lower bound), the first few (to log) and the last few (to run).
/// </summary>
/// <param name="Count">How many fires the span holds; at least that many when <paramref name="CountIsLowerBound"/>.</param>
/// <param name="CountIsLowerBound">True when counting stopped at <see cref="CountLimit"/> or so.</param>
/// <param name="Earliest">The first fires of the span, oldest first.</param>
/// <param name="Latest">The last fires of the span, oldest first.</param>
internal sealed record MissedFires(long Count, bool CountIsLowerBound, IReadOnlyList<DateTimeOffset> Earliest, IReadOnlyList<DateTimeOffset> Latest)
{
    /// <summary>Fires counted one by one before the count becomes a lower bound (raised to earliest + latest when they ask for more).</summary>
    public const int CountLimit = 1000;

    /// <summary>The first look-back window when searching for the last fires; it doubles until they are found.</summary>
    public static readonly TimeSpan FirstWindow = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The fires at or after <paramref name="from"/> and strictly before <paramref name="before"/>:
    /// their count, the first <paramref name="earliest"/> and the last <paramref name="latest"/>. Cost:
    /// about <see cref="CountLimit"/> + 2 × <paramref name="latest"/> next-fire steps for an evenly spaced timing.
    /// </summary>
    public static MissedFires Find(Timing timing, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset before, int earliest, int latest)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earliest);
        ArgumentOutOfRangeException.ThrowIfNegative(latest);
        var limit = Math.Max(CountLimit, earliest + latest);
        var counted = new List<DateTimeOffset>();
        var next = FirstAtOrAfter(timing, zone, from);
        while (next is { } at && at < before && counted.Count < limit)
        {
            counted.Add(at);
            next = timing.NextAfter(at, zone);
        }

        var first = counted.Take(earliest).ToList();
        if (next is not { } uncounted || uncounted >= before)
        {
            return new(counted.Count, false, first, counted.Skip(counted.Count - Math.Min(latest, counted.Count)).ToList());
        }

        if (latest == 0)
        {
            return new(counted.Count, true, first, []);
        }

        // More fires than the limit: find the last ones by looking back from 'before' in doubling
        // windows, never below the last counted fire (so nothing is counted twice).
        var bound = counted[^1];
        var tail = new Queue<DateTimeOffset>(latest);
        for (var span = FirstWindow; ; span += span)
        {
            var reachedBound = span >= before - bound;
            tail.Clear();
            long inWindow = 0;
            var fire = reachedBound ? timing.NextAfter(bound, zone) : FirstAtOrAfter(timing, zone, before - span);
            while (fire is { } at && at < before)
            {
                inWindow++;
                if (tail.Count == latest)
                {
                    tail.Dequeue();
                }

                tail.Enqueue(at);
                fire = timing.NextAfter(at, zone);
            }

            if (reachedBound)
            {
                var all = counted.Concat(tail).ToList();
                return new(counted.Count + inWindow, false, first, all.Skip(all.Count - Math.Min(latest, all.Count)).ToList());
            }

            if (inWindow >= latest)
            {
                return new(counted.Count + inWindow, true, first, tail.ToList());
            }
        }
    }

    /// <summary>The first fire at or after <paramref name="instant"/> (fires fall on whole seconds).</summary>
    public static DateTimeOffset? FirstAtOrAfter(Timing timing, TimeZoneInfo zone, DateTimeOffset instant) =>
        timing.NextAfter(instant.AddTicks(-1), zone);
}
