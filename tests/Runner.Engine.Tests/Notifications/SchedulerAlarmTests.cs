using Runner.Core.Diagnostics;
using Runner.Core.Runs;
using Runner.Engine.Jobs;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.AlarmHarness;

namespace Runner.Engine.Tests.Notifications;

/// <summary>The alarms of the scheduler itself: a rejected schedule and jobs left out for an invalid configuration (to the owner, once per distinct set of errors), and missed fires (under the job's throttle).</summary>
public sealed class SchedulerAlarmTests
{
    private const string Invalid = "[runner] ALARM: the schedule of nightly is invalid";

    private static readonly Diagnostic[] First = [new("schedule.tsv", 3, 10, "SECOND: 61 is out of range 0-59")];

    private static readonly Diagnostic[] Second = [.. First, new("schedule.tsv", 4, 1, "ID: 'x' is not a number")];

    [Fact]
    public void A_rejected_schedule_alarms_the_owner_once_per_distinct_set_of_errors_and_again_after_a_valid_one()
    {
        using var harness = new AlarmHarness();

        harness.Alarms.ScheduleRejected(First);
        harness.Alarms.ScheduleRejected(First);
        harness.Alarms.ScheduleRejected(Second);
        harness.Alarms.ScheduleRejected([Second[1], Second[0]]);
        Assert.Equal(2, harness.Queued().Count);
        harness.Alarms.ScheduleApplied();
        harness.Alarms.ScheduleRejected(First);

        var queued = harness.Queued();
        Assert.Equal([Invalid, Invalid, Invalid], harness.Subjects());
        Assert.All(queued, m => Assert.Equal(["owner@example.com"], m.To));
        Assert.All(queued, m => Assert.Equal(("SCHEDULE_INVALID", (int?)null), (m.Event, m.JobId)));
        Assert.Contains("2 errors:\nschedule.tsv:3:10: SECOND: 61 is out of range 0-59\nschedule.tsv:4:1: ID: 'x' is not a number", queued[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_schedule_with_nothing_alarmed_touches_no_state()
    {
        using var harness = new AlarmHarness();

        harness.Alarms.ScheduleApplied();

        Assert.Empty(harness.Calls.Calls);
        Assert.Null(harness.Outbox.State(Engine.Notifications.Alarms.ScheduleSubject).ErrorsKey);
    }

    [Fact]
    public void Invalid_job_configurations_alarm_the_owner_once_per_distinct_set_and_again_after_being_fixed()
    {
        using var harness = new AlarmHarness();
        var broken = Broken(4, "[JOB] timeout = 'soon' is not a number of seconds");
        var other = Broken(5, "[LOG] keep_days = 'x' is not a number");

        harness.Alarms.JobsInvalid([broken]);
        harness.Alarms.JobsInvalid([broken]);
        harness.Alarms.JobsInvalid([broken, other]);
        harness.Alarms.JobsInvalid([]);
        harness.Alarms.JobsInvalid([]);
        Assert.Null(harness.Outbox.State(Engine.Notifications.Alarms.ConfigSubject).ErrorsKey);
        harness.Alarms.JobsInvalid([broken]);

        var queued = harness.Queued();
        Assert.Equal(3, queued.Count);
        Assert.All(queued, m => Assert.Equal(["owner@example.com"], m.To));
        Assert.All(queued, m => Assert.Equal(Invalid, m.Subject));
        Assert.Contains(
            "1 jobs are not planned and do not run until their configuration is fixed:\njob job4 (#4): jobs/4/config.ini:2:11: [JOB] timeout = 'soon' is not a number of seconds",
            queued[0].Text,
            StringComparison.Ordinal);
        Assert.Contains("job job5 (#5): jobs/5/config.ini:2:11: [LOG] keep_days", queued[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missed_fires_alarm_the_jobs_recipients_once_per_alarm_interval()
    {
        using var harness = new AlarmHarness();
        var job = Row(5, "report", "daily report");
        harness.Add(job);

        harness.Alarms.MissedFires(job, 1, T0, T0);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        harness.Alarms.MissedFires(job, 3, T0, T0.AddMinutes(2));
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        harness.Alarms.MissedFires(job, 2, T0.AddMinutes(9), T0.AddMinutes(10));

        var queued = harness.Queued();
        Assert.Equal(["[runner] ALARM: job report (#5) MISSED FIRES", "[runner] ALARM: job report (#5) MISSED FIRES"], harness.Subjects());
        Assert.All(queued, m => Assert.Equal(["dev@example.com", "owner@example.com"], m.To));
        Assert.All(queued, m => Assert.Equal("MISSED_FIRES", m.Event));
        Assert.Contains("Description: daily report", queued[0].Text, StringComparison.Ordinal);
        Assert.Contains("1 missed fire 2026-11-29T02:30:00+00:00 skipped by the job's misfire policy ([JOB] misfire).", queued[0].Text, StringComparison.Ordinal);
        Assert.Contains("2 missed fires from 2026-11-29T02:39:00+00:00 to 2026-11-29T02:40:00+00:00", queued[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missed_fires_are_not_failures_and_are_not_followed_by_recovered()
    {
        using var harness = new AlarmHarness();
        harness.Alarms.MissedFires(Row(JobId), 1, T0, T0);

        harness.Finish(RunOutcome.Done);

        Assert.Equal(["[runner] ALARM: job backup (#3) MISSED FIRES"], harness.Subjects());
        Assert.Equal(0, harness.Outbox.State(Engine.Notifications.Alarms.JobSubject(JobId)).Failures);
    }

    [Fact]
    public void Without_e_mail_or_webhook_the_scheduler_alarms_touch_nothing()
    {
        using var harness = new AlarmHarness("[SCHEDULER]\nowner = owner@example.com\n");

        harness.Alarms.ScheduleRejected(First);
        harness.Alarms.JobsInvalid([Broken(4, "[JOB] timeout = 'soon' is not a number of seconds")]);
        harness.Alarms.MissedFires(Row(JobId), 1, T0, T0);

        Assert.Empty(harness.Queued());
        Assert.Empty(harness.Calls.Calls);
    }

    private static ResolvedJob Broken(int id, string error) =>
        new(Row(id, $"job{id}"), null, string.Empty, TimeZoneInfo.Utc, [new Diagnostic($"jobs/{id}/config.ini", 2, 11, error)], string.Empty);
}
