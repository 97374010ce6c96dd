using Runner.Core.Configuration;

namespace Runner.Core.Runs;

/// <summary>
/// The <c>overlap</c> policy as a pure decision on a job's new fire. Nothing running and
/// nothing queued: start. Otherwise <c>skip</c> skips; <c>queue</c> keeps up to
/// <see cref="DefaultQueueDepth"/> waiting fire(s) and skips the next; <c>parallel</c> starts
/// alongside up to <see cref="DefaultParallelLimit"/> runs at once and skips beyond; <c>replace</c>
/// ends the running runs and starts. <see cref="Reason"/> says why for the log (null for a plain start).
/// </summary>
public sealed record OverlapDecision(OverlapAction Action, string? Reason)
{
    /// <summary>Fires of one job that may wait under <c>overlap = queue</c>.</summary>
    public const int DefaultQueueDepth = 1;

    /// <summary>Runs of one job that may run at once under <c>overlap = parallel</c>.</summary>
    public const int DefaultParallelLimit = 10;

    /// <summary>The decision for a new fire of a job whose runs <paramref name="running"/> (ids) are in flight and <paramref name="queued"/> fires wait.</summary>
    public static OverlapDecision Decide(
        OverlapPolicy policy,
        IReadOnlyList<long> running,
        int queued,
        int queueDepth = DefaultQueueDepth,
        int parallelLimit = DefaultParallelLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(queued);
        ArgumentOutOfRangeException.ThrowIfNegative(queueDepth);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelLimit, 1);
        var busy = running.Count > 0;
        return policy switch
        {
            _ when !busy && (policy != OverlapPolicy.Queue || queued == 0) => new(OverlapAction.Start, null),
            OverlapPolicy.Skip => new(OverlapAction.Skip, RunMessages.SkippedWhileRunning(running)),
            OverlapPolicy.Queue when queued >= queueDepth => new(OverlapAction.Skip, RunMessages.SkippedQueueFull(running, queued, queueDepth)),
            OverlapPolicy.Queue => new(OverlapAction.Enqueue, RunMessages.Queued(running, queued)),
            OverlapPolicy.Parallel when running.Count >= parallelLimit => new(OverlapAction.Skip, RunMessages.SkippedParallelFull(running, parallelLimit)),
            OverlapPolicy.Parallel => new(OverlapAction.Start, RunMessages.Alongside(running)),
            OverlapPolicy.Replace => new(OverlapAction.ReplaceRunning, RunMessages.Replacing(running)),
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
        };
    }
}
