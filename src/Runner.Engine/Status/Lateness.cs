using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Engine.Status;

/// <summary>Percentiles of the lateness of scheduled runs (actual start − scheduled instant), from the run history.</summary>
/// <param name="Count">Scheduled runs measured.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Max">The latest start.</param>
public sealed record Lateness(int Count, TimeSpan P50, TimeSpan P90, TimeSpan P99, TimeSpan Max)
{
    /// <summary>No scheduled run measured.</summary>
    public static Lateness None { get; } = new(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>How late <paramref name="actual"/> is against the <paramref name="scheduled"/> instant: the one definition of lateness (the loop's handling of a fire, a run's start).</summary>
    public static TimeSpan Of(DateTimeOffset scheduled, DateTimeOffset actual) => actual - scheduled;

    /// <summary>The percentiles (nearest rank) of the scheduled, started runs among <paramref name="runs"/>.</summary>
    public static Lateness Of(IEnumerable<RunRecord> runs)
    {
        var late = runs
            .Where(r => r.Outcome != RunOutcome.Skipped && r.Lateness is not null)
            .Select(r => r.Lateness!.Value < TimeSpan.Zero ? TimeSpan.Zero : r.Lateness.Value)
            .Order()
            .ToList();
        return late.Count == 0 ? None : new Lateness(late.Count, Rank(late, 0.50), Rank(late, 0.90), Rank(late, 0.99), late[^1]);
    }

    private static TimeSpan Rank(List<TimeSpan> sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Count) - 1, 0, sorted.Count - 1)];
}
