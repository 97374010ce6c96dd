using System.Text.Json;
using Runner.Core.Notifications;
using Runner.Core.Runs;

namespace Runner.Core.Tests.Notifications;

/// <summary>Subjects, bodies and the webhook JSON of notices: the facts are there, HTML is escaped.</summary>
public sealed class NoticeRenderingTests
{
    private static readonly Notice Failed = new(
        NoticeKind.Alarm,
        "nightly",
        "/srv/runner home",
        "db1",
        new NoticeJob(3, "backup <prod>", "copies \"the\" database & more"),
        new NoticeRun(118, RunOutcome.Failed, new DateTimeOffset(2026, 11, 29, 2, 30, 0, TimeSpan.FromHours(1)), 2, 4, TimeSpan.FromSeconds(12.5), 3, 0, "/srv/jobs/3/logs/118.log"),
        null,
        ["2026-11-29 02:30:12|ERROR|<script>alert(1)</script>", "2026-11-29 02:30:12|INFO|JOB FAILED."]);

    [Fact]
    public void The_subject_names_job_id_and_outcome() =>
        Assert.Equal("[runner] ALARM: job backup <prod> (#3) FAILED", NoticeText.Subject(Failed));

    [Fact]
    public void The_text_body_holds_every_fact_the_log_tail_and_the_logs_command()
    {
        var text = NoticeText.Body(Failed);

        Assert.Equal(
            """
            Job backup <prod> (#3) ended FAILED on db1.

            Job:         backup <prod> (#3)
            Description: copies "the" database & more
            Outcome:     FAILED
            Trigger:     2026-11-29T02:30:00+01:00
            Run:         118 (attempt 2)
            Exit code:   4
            Time spent:  12.500 s
            Failures:    3 in a row
            Host:        db1
            Scheduler:   nightly
            Home:        /srv/runner home

            Last 2 lines of the log:
              2026-11-29 02:30:12|ERROR|<script>alert(1)</script>
              2026-11-29 02:30:12|INFO|JOB FAILED.

            The whole log: runner logs 3 118 --home '/srv/runner home'

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void The_html_body_escapes_every_value_and_uses_inline_styles_only()
    {
        var html = NoticeHtml.Body(Failed);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("backup &lt;prod&gt; (#3)", html, StringComparison.Ordinal);
        Assert.Contains("copies &quot;the&quot; database &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("runner logs 3 118 --home &#39;/srv/runner home&#39;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_webhook_json_has_a_slack_text_and_the_facts()
    {
        var json = JsonDocument.Parse(WebhookJson.Body(Failed)).RootElement;

        Assert.Equal("[runner] ALARM: job backup <prod> (#3) FAILED\nJob backup <prod> (#3) ended FAILED on db1.", json.GetProperty("text").GetString());
        Assert.Equal("ALARM", json.GetProperty("event").GetString());
        Assert.Equal("db1", json.GetProperty("host").GetString());
        Assert.Equal(12.5, json.GetProperty("run").GetProperty("seconds").GetDouble());
        Assert.Equal("2026-11-29T02:30:00+01:00", json.GetProperty("run").GetProperty("trigger").GetString());
    }

    [Fact]
    public void A_recovered_notice_says_so_without_the_log()
    {
        var recovered = Failed with { Kind = NoticeKind.Recovered, LogTail = [], Run = Failed.Run! with { Outcome = RunOutcome.Done, ExitCode = 0, Failures = 0 } };

        Assert.Equal("[runner] RECOVERED: job backup <prod> (#3) DONE", NoticeText.Subject(recovered));
        Assert.DoesNotContain("Last ", NoticeText.Body(recovered), StringComparison.Ordinal);
        Assert.Contains("#2e7d32", NoticeHtml.Body(recovered), StringComparison.Ordinal);
    }
}
