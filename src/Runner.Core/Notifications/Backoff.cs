namespace Runner.Core.Notifications;

/// <summary>How long an undelivered notification waits before its next attempt: the first delay, doubled after each failure, at most <see cref="Cap"/>.</summary>
public static class Backoff
{
    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    /// <summary>The wait after failed attempt number <paramref name="attempts"/> (1 for the first).</summary>
    public static TimeSpan After(int attempts, TimeSpan first)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        if (first <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        return first.TotalSeconds * factor >= Cap.TotalSeconds ? Cap : TimeSpan.FromSeconds(first.TotalSeconds * factor);
    }
}
