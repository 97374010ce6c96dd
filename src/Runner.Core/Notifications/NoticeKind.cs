namespace Runner.Core.Notifications;

/// <summary>What a notification is about. The upper-case name stands in subjects and in the webhook's <c>event</c>.</summary>
public enum NoticeKind
{
    /// <summary>A run FAILED, TIMEOUT, KILLED or LOST, past the job's <c>alarm_after</c> and throttling.</summary>
    Alarm,

    /// <summary>The first successful run after an alarm.</summary>
    Recovered,

    /// <summary>A new version of the schedule was invalid (once per distinct set of errors).</summary>
    ScheduleInvalid,

    /// <summary>Fires of a job were missed and skipped by its misfire policy.</summary>
    MissedFires,

    /// <summary>A message sent with <c>runner notify</c>.</summary>
    Message,
}
