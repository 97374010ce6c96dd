using System.Text;
using System.Text.Json;
using Runner.Core.Runs;
using Runner.Engine.Notifications;
using Runner.Engine.Ports;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.AlarmHarness;

namespace Runner.Engine.Tests.Notifications;

/// <summary>What an alarm says and to whom: the job's persons and the owner, the webhook when set, the log's tail and the capped log read before the store's transaction, the resolved job's description.</summary>
public sealed class AlarmMessageTests
{
    private static readonly string[] Log = ["2026-11-29 02:30:00|ERROR|disk full", "2026-11-29 02:30:00|ERROR|JOB FAILED. EXIT CODE: 4."];

    [Fact]
    public void The_alarm_goes_to_the_jobs_persons_and_the_owner_from_the_configured_address()
    {
        using var harness = new AlarmHarness();

        harness.Finish(RunOutcome.Failed);

        var alarm = Assert.Single(harness.Queued());
        Assert.Equal((NoticeChannel.Email, "runner@example.com", (int?)JobId), (alarm.Channel, alarm.From, alarm.JobId));
        Assert.Equal(["dev@example.com", "owner@example.com"], alarm.To);
    }

    [Fact]
    public void A_job_with_persons_of_its_own_alarms_them_and_the_owner()
    {
        using var harness = new AlarmHarness();
        var own = new IniSettings(Config().Replace("persons = dev@example.com", "persons = dba@example.com, owner@example.com", StringComparison.Ordinal));
        harness.Add(Row(JobId), Engine.Jobs.JobSettings.From(own.Load().Config, out _));

        harness.Finish(RunOutcome.Failed);

        Assert.Equal(["dba@example.com", "owner@example.com"], Assert.Single(harness.Queued()).To);
    }

    [Fact]
    public void A_job_no_longer_in_the_schedule_alarms_with_the_main_settings()
    {
        using var harness = new AlarmHarness();

        harness.Finish(RunOutcome.Failed, jobId: 9);

        var alarm = Assert.Single(harness.Queued());
        Assert.Equal(["dev@example.com", "owner@example.com"], alarm.To);
        Assert.Equal("[runner] ALARM: job backup (#9) FAILED", alarm.Subject);
        Assert.DoesNotContain("Description:", alarm.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_is_the_facts_then_the_logs_tail_then_the_command_for_the_whole_log()
    {
        using var harness = new AlarmHarness();

        var run = harness.Finish(RunOutcome.Failed, lines: Log);

        Assert.Equal(
            $"""
            Job backup (#3) ended FAILED on db1.

            Job:         backup (#3)
            Description: copies the database
            Outcome:     FAILED
            Trigger:     2026-11-29T02:30:00+00:00
            Run:         {run.RunId}
            Exit code:   4
            Time spent:  1.000 s
            Failures:    1 in a row
            Host:        db1
            Scheduler:   nightly
            Home:        /srv/runner

            Last 2 lines of the log:
              {Log[0]}
              {Log[1]}

            The whole log: runner logs 3 {run.RunId} --home /srv/runner

            """.ReplaceLineEndings("\n"),
            Assert.Single(harness.Queued()).Text);
    }

    [Fact]
    public void The_capped_log_is_attached_and_both_reads_happen_before_the_stores_transaction()
    {
        using var harness = new AlarmHarness();

        var run = harness.Finish(RunOutcome.Failed, lines: Log);

        var alarm = Assert.Single(harness.Queued());
        Assert.Equal(Path.GetFileName(run.LogPath), alarm.AttachmentName);
        Assert.Equal(string.Concat(Log.Select(l => l + "\n")), Encoding.UTF8.GetString(alarm.Attachment.Span));
        var calls = harness.Calls.Calls;
        Assert.Equal([$"Capped {run.LogPath} {Alarms.AttachmentCap}", $"Tail {run.LogPath} 50"], calls.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(["FinishRun job:3", "decide"], calls.Skip(2));
    }

    [Fact]
    public void Recovered_reads_no_log_and_attaches_nothing()
    {
        using var harness = new AlarmHarness();
        harness.Finish(RunOutcome.Failed, lines: Log);
        var before = harness.Calls.Calls.Count;

        harness.Finish(RunOutcome.Done, lines: Log);

        var recovered = harness.Queued()[^1];
        Assert.Equal("RECOVERED", recovered.Event);
        Assert.Equal((null, true), (recovered.AttachmentName, recovered.Attachment.IsEmpty));
        Assert.DoesNotContain("Last ", recovered.Text, StringComparison.Ordinal);
        Assert.Equal(["FinishRun job:3", "decide"], harness.Calls.Calls.Skip(before));
    }

    [Fact]
    public void The_description_is_the_resolved_jobs()
    {
        using var harness = new AlarmHarness(Config(extra: "[WEBHOOK]\nurl = https://hooks.example.com/T000"));
        harness.Add(Row(JobId, description: "dumps the orders table"));

        harness.Finish(RunOutcome.Failed);

        var (email, webhook) = (harness.Queued()[0], harness.Queued()[1]);
        Assert.Contains("Description: dumps the orders table\n", email.Text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(webhook.Payload!);
        Assert.Equal("dumps the orders table", json.RootElement.GetProperty("job").GetProperty("description").GetString());
    }

    [Fact]
    public void With_a_webhook_url_the_alarm_is_also_posted_as_json()
    {
        using var harness = new AlarmHarness(Config(extra: "[WEBHOOK]\nurl = https://hooks.example.com/T000"));

        var run = harness.Finish(RunOutcome.Failed, lines: Log);

        Assert.Equal([NoticeChannel.Email, NoticeChannel.Webhook], harness.Queued().Select(m => m.Channel));
        var post = harness.Queued()[1];
        Assert.Equal((new Uri("https://hooks.example.com/T000"), "ALARM", (long?)run.RunId), (post.Url, post.Event, post.RunId));
        Assert.Empty(post.To);
        using var json = JsonDocument.Parse(post.Payload!);
        var root = json.RootElement;
        Assert.Equal(("ALARM", "nightly", "db1"), (root.GetProperty("event").GetString(), root.GetProperty("scheduler").GetString(), root.GetProperty("host").GetString()));
        Assert.Equal(("FAILED", 4, run.LogPath), (root.GetProperty("run").GetProperty("status").GetString(), root.GetProperty("run").GetProperty("exit_code").GetInt32(), root.GetProperty("run").GetProperty("log").GetString()));
    }

    [Fact]
    public void A_webhook_without_e_mail_gets_the_alarm_and_no_log_is_read_for_an_attachment()
    {
        using var harness = new AlarmHarness("[JOB]\nalarm_after = 1\n[WEBHOOK]\nurl = https://hooks.example.com/T000\n");

        var run = harness.Finish(RunOutcome.Failed, lines: Log);

        var post = Assert.Single(harness.Queued());
        Assert.Equal(NoticeChannel.Webhook, post.Channel);
        Assert.Contains("disk full", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Calls.Calls, c => c.StartsWith("Capped", StringComparison.Ordinal));
        Assert.Contains($"Tail {run.LogPath} 50", harness.Calls.Calls);
    }
}
