using Runner.Core.Runs;
using Runner.Engine.Ports;
using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>A run's log by run id; while the run is RUNNING, the page follows it (server-sent events, /static/app.js).</summary>
internal static class LogPage
{
    public static string Body(RunRecord run, string text, long offset, TimeZoneInfo zone)
    {
        var live = run.Outcome == RunOutcome.Running;
        return $"<dl class=\"run\"><dt>Job</dt><dd><a href=\"/jobs/{E(run.JobId)}\">{E(run.JobName)} (#{E(run.JobId)})</a></dd>"
            + $"<dt>Trigger</dt><dd>{Time(run.Trigger, zone)}</dd><dt>Started</dt><dd>{Time(run.Started, zone)}</dd>"
            + $"<dt>Outcome</dt><dd id=\"outcome\">{Outcome(run.Outcome)}</dd><dt>Exit code</dt><dd>{(run.ExitCode is { } c ? E(c) : "—")}</dd>"
            + $"<dt>Duration</dt><dd>{Duration(run.Duration)}</dd>{(run.Message is null ? string.Empty : $"<dt>Message</dt><dd>{E(run.Message)}</dd>")}</dl>"
            + (live ? "<p class=\"live\" id=\"live\">Following the running job…</p>" : string.Empty)
            + $"<pre id=\"log\"{(live ? $" data-stream=\"/runs/{E(run.RunId)}/stream?from={E(offset)}\"" : string.Empty)}>{E(text)}</pre>";
    }
}
