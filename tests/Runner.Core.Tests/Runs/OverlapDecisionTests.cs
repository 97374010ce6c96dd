using Runner.Core.Configuration;
using Runner.Core.Runs;

namespace Runner.Core.Tests.Runs;

/// <summary>Every policy against every state: the ids of the runs in flight (comma-separated) and the fires waiting.</summary>
public sealed class OverlapDecisionTests
{
    [Theory]
    // Nothing in flight: every policy starts, without a reason
    [InlineData(OverlapPolicy.Skip, "", 0, OverlapAction.Start, null)]
    [InlineData(OverlapPolicy.Queue, "", 0, OverlapAction.Start, null)]
    [InlineData(OverlapPolicy.Parallel, "", 0, OverlapAction.Start, null)]
    [InlineData(OverlapPolicy.Replace, "", 0, OverlapAction.Start, null)]
    // skip: skips while anything runs
    [InlineData(OverlapPolicy.Skip, "42", 0, OverlapAction.Skip, "previous run 42 still running (overlap = skip)")]
    [InlineData(OverlapPolicy.Skip, "42,43", 0, OverlapAction.Skip, "previous runs 42 and 43 still running (overlap = skip)")]
    [InlineData(OverlapPolicy.Skip, "41,42,43", 0, OverlapAction.Skip, "previous runs 41, 42 and 43 still running (overlap = skip)")]
    [InlineData(OverlapPolicy.Skip, "", 1, OverlapAction.Start, null)]
    // queue: one fire may wait; a further one is skipped
    [InlineData(OverlapPolicy.Queue, "42", 0, OverlapAction.Enqueue, "previous run 42 still running; this fire waits its turn (overlap = queue)")]
    [InlineData(OverlapPolicy.Queue, "42,43", 0, OverlapAction.Enqueue, "previous runs 42 and 43 still running; this fire waits its turn (overlap = queue)")]
    [InlineData(OverlapPolicy.Queue, "42", 1, OverlapAction.Skip, "previous run 42 still running and 1 fire waiting; this fire is skipped (overlap = queue, at most 1 fire waiting)")]
    [InlineData(OverlapPolicy.Queue, "42", 2, OverlapAction.Skip, "previous run 42 still running and 2 fires waiting; this fire is skipped (overlap = queue, at most 1 fire waiting)")]
    [InlineData(OverlapPolicy.Queue, "", 1, OverlapAction.Skip, "1 fire waiting; this fire is skipped (overlap = queue, at most 1 fire waiting)")]
    // parallel: starts alongside, up to 10 at once
    [InlineData(OverlapPolicy.Parallel, "42", 0, OverlapAction.Start, "previous run 42 still running; this fire starts alongside (overlap = parallel)")]
    [InlineData(OverlapPolicy.Parallel, "1,2,3,4,5,6,7,8,9", 0, OverlapAction.Start, "previous runs 1, 2, 3, 4, 5, 6, 7, 8 and 9 still running; this fire starts alongside (overlap = parallel)")]
    [InlineData(OverlapPolicy.Parallel, "1,2,3,4,5,6,7,8,9,10", 0, OverlapAction.Skip, "10 runs still running; this fire is skipped (overlap = parallel, at most 10 at once)")]
    [InlineData(OverlapPolicy.Parallel, "1,2,3,4,5,6,7,8,9,10,11", 0, OverlapAction.Skip, "11 runs still running; this fire is skipped (overlap = parallel, at most 10 at once)")]
    [InlineData(OverlapPolicy.Parallel, "", 1, OverlapAction.Start, null)]
    // replace: ends what runs, then starts
    [InlineData(OverlapPolicy.Replace, "42", 0, OverlapAction.ReplaceRunning, "previous run 42 still running; ending it to start this fire (overlap = replace)")]
    [InlineData(OverlapPolicy.Replace, "42,43", 0, OverlapAction.ReplaceRunning, "previous runs 42 and 43 still running; ending them to start this fire (overlap = replace)")]
    [InlineData(OverlapPolicy.Replace, "", 1, OverlapAction.Start, null)]
    public void Each_policy_decides_each_state(OverlapPolicy policy, string running, int queued, OverlapAction action, string? reason) =>
        Assert.Equal(new OverlapDecision(action, reason), OverlapDecision.Decide(policy, Ids(running), queued));

    [Theory]
    // A queue depth of 0 makes queue act as skip; a deeper queue keeps more
    [InlineData(OverlapPolicy.Queue, "42", 0, 0, 10, OverlapAction.Skip, "previous run 42 still running; this fire is skipped (overlap = queue, at most 0 fires waiting)")]
    [InlineData(OverlapPolicy.Queue, "42", 2, 3, 10, OverlapAction.Enqueue, "previous run 42 still running and 2 fires waiting; this fire waits its turn (overlap = queue)")]
    [InlineData(OverlapPolicy.Queue, "", 2, 3, 10, OverlapAction.Enqueue, "2 fires waiting; this fire waits its turn (overlap = queue)")]
    [InlineData(OverlapPolicy.Queue, "42", 3, 3, 10, OverlapAction.Skip, "previous run 42 still running and 3 fires waiting; this fire is skipped (overlap = queue, at most 3 fires waiting)")]
    // A parallel limit of 1 makes parallel act as skip
    [InlineData(OverlapPolicy.Parallel, "42", 0, 1, 1, OverlapAction.Skip, "1 run still running; this fire is skipped (overlap = parallel, at most 1 at once)")]
    [InlineData(OverlapPolicy.Parallel, "42,43", 0, 1, 3, OverlapAction.Start, "previous runs 42 and 43 still running; this fire starts alongside (overlap = parallel)")]
    public void The_limits_can_be_given(OverlapPolicy policy, string running, int queued, int queueDepth, int parallelLimit, OverlapAction action, string reason) =>
        Assert.Equal(new OverlapDecision(action, reason), OverlapDecision.Decide(policy, Ids(running), queued, queueDepth, parallelLimit));

    [Fact]
    public void The_default_limits_are_one_waiting_fire_and_ten_parallel_runs()
    {
        Assert.Equal(1, OverlapDecision.DefaultQueueDepth);
        Assert.Equal(10, OverlapDecision.DefaultParallelLimit);
    }

    [Fact]
    public void Impossible_counts_are_bugs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OverlapDecision.Decide(OverlapPolicy.Skip, [], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OverlapDecision.Decide(OverlapPolicy.Queue, [], 0, queueDepth: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OverlapDecision.Decide(OverlapPolicy.Parallel, [], 0, parallelLimit: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => OverlapDecision.Decide((OverlapPolicy)99, [42], 0));
    }

    private static long[] Ids(string running) =>
        running.Length == 0 ? [] : [.. running.Split(',').Select(long.Parse)];
}
