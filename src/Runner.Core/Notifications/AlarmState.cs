namespace Runner.Core.Notifications;

/// <summary>
/// What the alarm rules remember about one subject (a job, or the schedule) between events;
/// kept in runner.db so it survives restarts.
/// </summary>
/// <param name="Failures">Consecutive failed runs (retries that follow are not counted until the last one).</param>
/// <param name="Alarmed">An alarm was sent and no success followed yet: the next success sends RECOVERED.</param>
/// <param name="LastAlarm">When the last alarm was sent; null when never.</param>
/// <param name="Suppressed">Alarms withheld by throttling since the last one sent.</param>
/// <param name="ErrorsKey">For the schedule: the errors last alarmed about; null when it is valid.</param>
public sealed record AlarmState(int Failures, bool Alarmed, DateTimeOffset? LastAlarm, int Suppressed, string? ErrorsKey)
{
    /// <summary>Nothing happened yet.</summary>
    public static AlarmState Initial { get; } = new(0, false, null, 0, null);
}
