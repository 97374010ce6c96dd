using System.Text.Json;
using Runner.Core.Runs;
using Runner.Infrastructure.Tests.Notifications.Support;

namespace Runner.Infrastructure.Tests.Notifications;

/// <summary>The webhook channel against a real local HTTP listener: the JSON shape, a retry after a 500, giving up after retries, per-job URL.</summary>
public sealed class WebhookTests
{
    [Fact]
    public void An_alarm_is_posted_as_slack_compatible_json_and_retried_after_a_500()
    {
        using var hook = new WebhookListener(500);
        using var home = new NotifyHome(Config(hook.Url, retries: 3));

        var run = home.Finish(0, RunOutcome.Failed, "2026-11-29 10:00:00|ERROR|disk full");
        var first = home.Deliver();
        home.Time.Advance(TimeSpan.FromSeconds(5));
        var second = home.Deliver();

        Assert.Equal((0, 1), (first, second));
        Assert.Equal([500, 200], hook.Requests.Select(r => r.Answer));
        Assert.Equal(hook.Requests[0].Body, hook.Requests[1].Body);
        Assert.StartsWith("application/json", hook.Requests[1].ContentType, StringComparison.Ordinal);
        var json = JsonDocument.Parse(hook.Requests[1].Body).RootElement;
        Assert.Equal("[runner] ALARM: job backup (#0) FAILED\nJob backup (#0) ended FAILED on host1.", json.GetProperty("text").GetString());
        Assert.Equal("ALARM", json.GetProperty("event").GetString());
        Assert.Equal("nightly", json.GetProperty("scheduler").GetString());
        Assert.Equal(0, json.GetProperty("job").GetProperty("id").GetInt32());
        Assert.Equal(run.RunId, json.GetProperty("run").GetProperty("run_id").GetInt64());
        Assert.Equal("FAILED", json.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(2, json.GetProperty("run").GetProperty("exit_code").GetInt32());
        Assert.Contains(home.Log, l => l.StartsWith("WARNING|webhook 1 ALARM to " + hook.Url, StringComparison.Ordinal) && l.Contains("answered 500", StringComparison.Ordinal));
    }

    [Fact]
    public void A_webhook_that_keeps_failing_is_given_up_after_its_retries()
    {
        using var hook = new WebhookListener(503, 503, 503, 503);
        using var home = new NotifyHome(Config(hook.Url, retries: 1));

        home.Finish(0, RunOutcome.Failed);
        for (var i = 0; i < 4; i++)
        {
            home.Deliver();
            home.Time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(2, hook.Requests.Count);
        var entry = Assert.Single(home.Queued());
        Assert.Equal("dead", entry.State);
        Assert.Contains(home.Log, l => l.StartsWith("ERROR|webhook 1 ALARM", StringComparison.Ordinal) && l.Contains("given up after 2 attempts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_webhook_slower_than_its_timeout_is_abandoned_and_retried_later()
    {
        using var hook = new WebhookListener() { Stall = TimeSpan.FromSeconds(5) };
        using var home = new NotifyHome(Config(hook.Url, retries: 3, timeout: 1));

        home.Finish(0, RunOutcome.Failed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sent = home.Deliver();

        Assert.Equal(0, sent);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the delivery waited {clock.Elapsed} for a webhook with timeout = 1");
        Assert.Contains(home.Log, l => l.Contains("did not answer within 1 s ([WEBHOOK] timeout)", StringComparison.Ordinal));
        Assert.NotEqual("dead", Assert.Single(home.Queued()).State);
    }

    [Fact]
    public void A_jobs_own_webhook_url_overrides_the_main_one()
    {
        using var main = new WebhookListener();
        using var own = new WebhookListener();
        using var home = new NotifyHome(Config(main.Url, retries: 0));
        Directory.CreateDirectory(Path.Combine(home.Root, "jobs", "4"));
        File.WriteAllText(Path.Combine(home.Root, "jobs", "4", "config.ini"), $"[WEBHOOK]\nurl = {own.Url}\n");

        home.Finish(4, RunOutcome.Failed);
        home.Finish(0, RunOutcome.Failed);
        home.Deliver();

        Assert.Contains("job backup (#4)", Assert.Single(own.Requests).Body, StringComparison.Ordinal);
        Assert.Contains("job backup (#0)", Assert.Single(main.Requests).Body, StringComparison.Ordinal);
    }

    private static string Config(Uri url, int retries, int timeout = 5) => $"""
        [SCHEDULER]
        name = nightly
        [WEBHOOK]
        url = {url}
        retries = {retries}
        retry_delay = 5
        timeout = {timeout}
        """;
}
