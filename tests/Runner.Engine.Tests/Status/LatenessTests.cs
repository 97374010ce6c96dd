using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Engine.Status;

namespace Runner.Engine.Tests.Status;

/// <summary>Lateness percentiles from the run history (nearest rank), as the status page shows them.</summary>
public sealed class LatenessTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void No_scheduled_run_is_no_lateness() =>
        Assert.Equal(Lateness.None, Lateness.Of([Run(null, 5), Run(At, 3, RunOutcome.Skipped)]));

    [Fact]
    public void Percentiles_of_one_to_a_hundred_milliseconds()
    {
        var lateness = Lateness.Of(Enumerable.Range(1, 100).Reverse().Select(ms => Run(At, ms)));

        Assert.Equal(
            (100, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(90), TimeSpan.FromMilliseconds(99), TimeSpan.FromMilliseconds(100)),
            (lateness.Count, lateness.P50, lateness.P90, lateness.P99, lateness.Max));
    }

    [Fact]
    public void Manual_and_skipped_runs_are_left_out_and_an_early_start_counts_as_zero()
    {
        var lateness = Lateness.Of([Run(At, -20), Run(At, 10), Run(null, 5000), Run(At, 9000, RunOutcome.Skipped)]);

        Assert.Equal((2, TimeSpan.Zero, TimeSpan.FromMilliseconds(10)), (lateness.Count, lateness.P50, lateness.Max));
    }

    private static RunRecord Run(DateTimeOffset? scheduled, int lateMs, RunOutcome outcome = RunOutcome.Done) =>
        new(1, 0, "job", At, scheduled, At.AddMilliseconds(lateMs), At.AddSeconds(1), outcome, 0, 1, "host", null, null, null, scheduled is null ? RunKind.Manual : RunKind.OnTime);
}
