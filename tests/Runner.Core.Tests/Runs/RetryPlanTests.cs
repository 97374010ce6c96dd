using Runner.Core.Configuration;
using Runner.Core.Runs;

namespace Runner.Core.Tests.Runs;

/// <summary>Expected: <c>attempt@seconds</c> of the retry, or <c>none</c>.</summary>
public sealed class RetryPlanTests
{
    [Theory]
    // No retries configured: never
    [InlineData(0, 60, 1, RunOutcome.Failed, "none")]
    [InlineData(0, 60, 1, RunOutcome.Timeout, "none")]
    // FAILED and TIMEOUT retry while attempts remain (retries + 1 in all), after the same delay
    [InlineData(1, 60, 1, RunOutcome.Failed, "2@60")]
    [InlineData(1, 60, 2, RunOutcome.Failed, "none")]
    [InlineData(3, 30, 1, RunOutcome.Timeout, "2@30")]
    [InlineData(3, 30, 2, RunOutcome.Failed, "3@30")]
    [InlineData(3, 30, 3, RunOutcome.Timeout, "4@30")]
    [InlineData(3, 30, 4, RunOutcome.Failed, "none")]
    [InlineData(3, 30, 9, RunOutcome.Failed, "none")]
    [InlineData(2, 0, 1, RunOutcome.Failed, "2@0")]
    [InlineData(1, 86400, 1, RunOutcome.Failed, "2@86400")]
    // Success, a stop, a lost run and a skipped fire never retry
    [InlineData(3, 30, 1, RunOutcome.Done, "none")]
    [InlineData(3, 30, 1, RunOutcome.Killed, "none")]
    [InlineData(3, 30, 1, RunOutcome.Lost, "none")]
    [InlineData(3, 30, 1, RunOutcome.Skipped, "none")]
    [InlineData(3, 30, 2, RunOutcome.Done, "none")]
    public void Retries_failed_and_timed_out_attempts_while_attempts_remain(int retries, int delaySeconds, int attempt, RunOutcome outcome, string expected)
    {
        var plan = RetryPlan.After(retries, TimeSpan.FromSeconds(delaySeconds), attempt, outcome);

        Assert.Equal(expected, plan is null ? "none" : $"{plan.Attempt}@{plan.Delay.TotalSeconds}");
    }

    [Fact]
    public void Reads_retries_and_retry_delay_from_the_job_policy()
    {
        var policy = new JobPolicy(null, OverlapPolicy.Skip, 2, TimeSpan.FromSeconds(90), MisfirePolicy.Skip, 10, TimeSpan.Zero, [], 1, TimeSpan.FromMinutes(10));

        Assert.Equal(new RetryPlan(2, TimeSpan.FromSeconds(90)), RetryPlan.After(policy, 1, RunOutcome.Failed));
        Assert.Equal(new RetryPlan(3, TimeSpan.FromSeconds(90)), RetryPlan.After(policy, 2, RunOutcome.Timeout));
        Assert.Null(RetryPlan.After(policy, 3, RunOutcome.Failed));
    }

    [Fact]
    public void The_retry_is_due_its_delay_after_the_attempt_ended()
    {
        var ended = new DateTimeOffset(2019, 1, 1, 8, 0, 5, TimeSpan.FromHours(1));

        Assert.Equal(ended.AddSeconds(60), new RetryPlan(2, TimeSpan.FromSeconds(60)).DueAfter(ended));
    }

    [Fact]
    public void Impossible_inputs_are_bugs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryPlan.After(1, TimeSpan.Zero, 1, RunOutcome.Running));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryPlan.After(1, TimeSpan.Zero, 0, RunOutcome.Failed));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryPlan.After(-1, TimeSpan.Zero, 1, RunOutcome.Failed));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryPlan.After(1, TimeSpan.FromSeconds(-1), 1, RunOutcome.Failed));
    }
}
