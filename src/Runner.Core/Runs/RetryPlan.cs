using Runner.Core.Configuration;

namespace Runner.Core.Runs;

/// <summary>
/// The retry of a run: which attempt comes next and how long after the end of this one.
/// FAILED and TIMEOUT are retried while attempts remain (<c>retries</c> + 1 in all), after the
/// same <c>retry_delay</c> each time; DONE, KILLED (a stop or a replace), LOST (the run may
/// have done its work) and SKIPPED are not.
/// </summary>
public sealed record RetryPlan(int Attempt, TimeSpan Delay)
{
    /// <summary>The retry after attempt <paramref name="attempt"/> (1 for the first run) ended with <paramref name="outcome"/>; null for none.</summary>
    public static RetryPlan? After(JobPolicy policy, int attempt, RunOutcome outcome) =>
        After(policy.Retries, policy.RetryDelay, attempt, outcome);

    /// <summary>The retry after attempt <paramref name="attempt"/> with <paramref name="retries"/> allowed; null for none.</summary>
    public static RetryPlan? After(int retries, TimeSpan retryDelay, int attempt, RunOutcome outcome)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retries);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryDelay, TimeSpan.Zero);
        if (outcome == RunOutcome.Running)
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, RunMessages.NotAnEnd(outcome));
        }

        var retried = outcome is RunOutcome.Failed or RunOutcome.Timeout;
        return retried && attempt <= retries ? new RetryPlan(attempt + 1, retryDelay) : null;
    }

    /// <summary>When the retry is due, given the end of the attempt before it.</summary>
    public DateTimeOffset DueAfter(DateTimeOffset ended) => ended + Delay;
}
