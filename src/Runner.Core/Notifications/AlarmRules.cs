using Runner.Core.Runs;

namespace Runner.Core.Notifications;

/// <summary>
/// When an event alarms, as pure functions of the remembered state. A failed run (FAILED,
/// TIMEOUT, KILLED, LOST) counts one more consecutive failure; from the <c>alarm_after</c>-th on
/// it alarms, except that while a job keeps failing (alarmed, no success since) at most one
/// alarm is sent per <c>alarm_interval</c> (the others are counted as suppressed). The first
/// success after an alarm sends RECOVERED and starts over. SKIPPED and RUNNING change nothing.
/// An invalid schedule alarms once per distinct set of errors; missed fires alarm under the
/// job's throttle without counting as failures.
/// </summary>
public static class AlarmRules
{
    /// <summary>The step for a run that ended with <paramref name="outcome"/> at <paramref name="now"/>.</summary>
    public static AlarmStep OnRun(AlarmState state, RunOutcome outcome, int alarmAfter, TimeSpan interval, DateTimeOffset now)
    {
        if (outcome == RunOutcome.Done)
        {
            return new AlarmStep(AlarmState.Initial with { LastAlarm = state.LastAlarm }, state.Alarmed ? NoticeKind.Recovered : null);
        }

        if (!outcome.IsFailure())
        {
            return new AlarmStep(state, null);
        }

        var failing = state with { Failures = state.Failures + 1 };
        if (failing.Failures < Math.Max(1, alarmAfter))
        {
            return new AlarmStep(failing, null);
        }

        if (Throttled(state, interval, now))
        {
            return new AlarmStep(failing with { Suppressed = state.Suppressed + 1 }, null);
        }

        return new AlarmStep(failing with { Alarmed = true, LastAlarm = now, Suppressed = 0 }, NoticeKind.Alarm);
    }

    /// <summary>The step for missed fires of a job: an alarm unless one was sent within the interval while the job is alarmed.</summary>
    public static AlarmStep OnMissedFires(AlarmState state, TimeSpan interval, DateTimeOffset now) =>
        state.LastAlarm is { } last && now - last < interval && now >= last
            ? new AlarmStep(state with { Suppressed = state.Suppressed + 1 }, null)
            : new AlarmStep(state with { LastAlarm = now, Suppressed = 0 }, NoticeKind.MissedFires);

    /// <summary>The step for a rejected schedule whose errors read <paramref name="errorsKey"/>: an alarm only when they differ from the last alarmed ones.</summary>
    public static AlarmStep OnScheduleErrors(AlarmState state, string errorsKey, DateTimeOffset now) =>
        string.Equals(state.ErrorsKey, errorsKey, StringComparison.Ordinal)
            ? new AlarmStep(state, null)
            : new AlarmStep(state with { ErrorsKey = errorsKey, LastAlarm = now }, NoticeKind.ScheduleInvalid);

    /// <summary>The step for a valid schedule applied: the same errors coming back later alarm again.</summary>
    public static AlarmStep OnScheduleValid(AlarmState state) => new(state with { ErrorsKey = null }, null);

    private static bool Throttled(AlarmState state, TimeSpan interval, DateTimeOffset now) =>
        state.Alarmed && state.LastAlarm is { } last && now - last < interval && now >= last;
}
