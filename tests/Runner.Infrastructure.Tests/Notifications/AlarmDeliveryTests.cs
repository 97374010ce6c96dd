using System.Globalization;
using Runner.Core.Diagnostics;
using Runner.Core.Runs;
using Runner.Infrastructure.Tests.Notifications.Support;
using Runner.Tests.Notifications.Support;

namespace Runner.Infrastructure.Tests.Notifications;

/// <summary>
/// Alarms from run ends to the mailbox: the rules (alarm_after, throttling, RECOVERED) on a
/// fake clock, the outbox in a real runner.db, delivery to a real SMTP server, outages and restarts.
/// </summary>
public sealed class AlarmDeliveryTests
{
    [Fact]
    public void Alarm_after_two_failures_then_one_alarm_per_interval_then_recovered_once()
    {
        using var server = new SmtpTestServer();
        using var home = new NotifyHome(Config(server.Port, alarmAfter: 2));

        home.Finish(0, RunOutcome.Failed, "first failure");
        home.Time.Advance(TimeSpan.FromMinutes(1));
        home.Finish(0, RunOutcome.Failed, "second failure");
        home.Time.Advance(TimeSpan.FromMinutes(1));
        home.Finish(0, RunOutcome.Timeout, "third failure, throttled");
        home.Time.Advance(TimeSpan.FromMinutes(10));
        home.Finish(0, RunOutcome.Failed, "fourth failure, past the interval");
        home.Finish(0, RunOutcome.Done);
        home.Finish(0, RunOutcome.Done);
        var sent = home.Deliver();

        Assert.Equal(3, sent);
        var mails = server.Received;
        Assert.Equal(
            ["[runner] ALARM: job backup (#0) FAILED", "[runner] ALARM: job backup (#0) FAILED", "[runner] RECOVERED: job backup (#0) DONE"],
            mails.Select(m => m.Message.Subject));
        Assert.All(mails, m => Assert.Equal(["dev@example.com", "owner@example.com"], m.Recipients));
        Assert.Contains("second failure", mails[0].Message.TextBody, StringComparison.Ordinal);
        Assert.True(mails[0].Message.TextBody!.Contains("Failures:    2 in a row", StringComparison.Ordinal), mails[0].Message.TextBody);
        Assert.Contains("Throttled:   1 alarms withheld since the last one", mails[1].Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Failures:    4 in a row", mails[1].Message.TextBody, StringComparison.Ordinal);
        Assert.Empty(mails[2].Message.Attachments);
    }

    [Fact]
    public void Alarm_state_survives_a_restart()
    {
        using var server = new SmtpTestServer();
        using var home = new NotifyHome(Config(server.Port, alarmAfter: 1));
        home.Finish(0, RunOutcome.Failed);

        home.Reopen();
        home.Time.Advance(TimeSpan.FromMinutes(1));
        home.Finish(0, RunOutcome.Lost);
        home.Reopen();
        home.Finish(0, RunOutcome.Done);
        home.Deliver();

        Assert.Equal(["ALARM", "RECOVERED"], home.Queued().Select(q => q.Message.Event));
        Assert.Equal(0, home.Outbox.State("job:0").Failures);
        Assert.Equal(2, server.Received.Count);
    }

    [Fact]
    public void Three_alarms_queued_while_the_server_is_down_arrive_exactly_once_when_it_is_back()
    {
        using var server = new SmtpTestServer();
        using var home = new NotifyHome(Config(server.Port, alarmAfter: 1));
        server.Stop();

        home.Finish(1, RunOutcome.Failed);
        home.Finish(2, RunOutcome.Timeout);
        home.Finish(3, RunOutcome.Killed);
        var duringOutage = home.Deliver();
        home.Time.Advance(TimeSpan.FromSeconds(10));
        var stillDown = home.Deliver();
        server.Start();
        home.Reopen();
        var beforeDue = home.Deliver();
        home.Time.Advance(TimeSpan.FromSeconds(20));
        var afterBackoff = home.Deliver();
        home.Time.Advance(TimeSpan.FromHours(2));
        var later = home.Deliver();

        Assert.Equal((0, 0, 0, 3, 0), (duringOutage, stillDown, beforeDue, afterBackoff, later));
        Assert.Equal(
            ["[runner] ALARM: job backup (#1) FAILED", "[runner] ALARM: job backup (#2) TIMEOUT", "[runner] ALARM: job backup (#3) KILLED"],
            server.Received.Select(m => m.Message.Subject).Order(StringComparer.Ordinal));
        Assert.All(home.Queued(), q => Assert.Equal(("sent", 3), (q.State, q.Message.Attempts)));
        Assert.Contains(home.Log, l => l.StartsWith("WARNING|e-mail 1 ALARM to dev@example.com, owner@example.com: not sent (attempt 1)", StringComparison.Ordinal) && l.EndsWith("next attempt in 10 s", StringComparison.Ordinal));
        Assert.Contains(home.Log, l => l.Contains("not sent (attempt 2)", StringComparison.Ordinal) && l.EndsWith("next attempt in 20 s", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_schedule_alarms_once_per_distinct_set_of_errors()
    {
        using var server = new SmtpTestServer();
        using var home = new NotifyHome(Config(server.Port, alarmAfter: 1));
        Diagnostic[] first = [new("schedule.tsv", 3, 10, "SECOND: 61 is out of range 0-59")];
        Diagnostic[] second = [.. first, new("schedule.tsv", 4, 1, "ID: 'x' is not a number")];

        home.Alarms.ScheduleRejected(first);
        home.Alarms.ScheduleRejected(first);
        home.Alarms.ScheduleRejected(second);
        home.Alarms.ScheduleRejected(second);
        home.Alarms.ScheduleApplied();
        home.Alarms.ScheduleRejected(first);
        home.Deliver();

        Assert.Equal(3, server.Received.Count);
        Assert.All(server.Received, m => Assert.Equal(["owner@example.com"], m.Recipients));
        Assert.Contains("schedule.tsv:4:1: ID: 'x' is not a number", server.Received[1].Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("[runner] ALARM: the schedule of nightly is invalid", server.Received[0].Message.Subject);
    }

    [Fact]
    public void Jobs_left_out_of_the_plan_for_an_invalid_config_alarm_the_owner_once_per_distinct_set_of_errors()
    {
        using var server = new SmtpTestServer();
        using var home = new NotifyHome(Config(server.Port, alarmAfter: 3));
        Directory.CreateDirectory(Path.Combine(home.Root, "jobs", "4"));
        File.WriteAllText(Path.Combine(home.Root, "jobs", "4", "config.ini"), "[JOB]\ntimeout = soon\n");
        var broken = home.Resolve(4);
        Assert.False(broken.IsValid);

        home.Alarms.JobsInvalid([broken]);
        home.Alarms.JobsInvalid([broken]);
        home.Deliver();
        var first = Assert.Single(server.Received);
        home.Alarms.JobsInvalid([]);
        home.Alarms.JobsInvalid([broken]);
        home.Deliver();

        Assert.Equal(2, server.Received.Count);
        Assert.Equal(["owner@example.com"], first.Recipients);
        Assert.Contains("jobs/4/config.ini:2:11: [JOB] timeout = 'soon' is not a number of seconds", first.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("not planned and do not run until their configuration is fixed", first.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Missed_fires_alarm_under_the_jobs_throttle()
    {
        using var server = new SmtpTestServer();
        using var home = new NotifyHome(Config(server.Port, alarmAfter: 1));
        var job = new Core.Schedules.Job(5, "report", "daily report", "", "report.sh", null!, "", true, 2, new Dictionary<string, string>());
        var at = home.Time.GetUtcNow();

        home.Alarms.MissedFires(job, 1, at, at);
        home.Alarms.MissedFires(job, 3, at, at.AddMinutes(2));
        home.Time.Advance(TimeSpan.FromMinutes(11));
        home.Alarms.MissedFires(job, 2, at, at.AddMinutes(1));
        home.Deliver();

        Assert.Equal(2, server.Received.Count);
        Assert.Equal("[runner] ALARM: job report (#5) MISSED FIRES", server.Received[0].Message.Subject);
        Assert.Contains("2 missed fires from 2026-11-29T10:00:00+00:00 to 2026-11-29T10:01:00+00:00", server.Received[1].Message.TextBody, StringComparison.Ordinal);
    }

    internal static string Config(int port, int alarmAfter, string extra = "") => string.Create(CultureInfo.InvariantCulture, $"""
        [SCHEDULER]
        name = nightly
        owner = owner@example.com
        [JOB]
        persons = dev@example.com
        alarm_after = {alarmAfter}
        alarm_interval = 600
        [EMAIL]
        host = 127.0.0.1
        port = {port}
        address = runner@example.com
        retry_delay = 10
        {extra}
        """);
}
