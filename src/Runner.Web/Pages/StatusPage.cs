using System.Globalization;
using System.Text;
using Runner.Core.Diagnostics;
using Runner.Engine.Jobs;
using Runner.Engine.Status;
using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>The scheduler: uptime, fires, lateness percentiles, running jobs, next fires, current schedule errors.</summary>
internal static class StatusPage
{
    public static string Body(SchedulerSnapshot status, Lateness lateness, int running, JobListing? listing, IReadOnlyList<Diagnostic> fileErrors, TimeZoneInfo zone)
    {
        var body = new StringBuilder("<dl class=\"status\">")
            .Append(CultureInfo.InvariantCulture, $"<dt>Running since</dt><dd>{Time(status.Since, zone)}</dd><dt>Uptime</dt><dd id=\"uptime\">{Duration(status.Uptime)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Fires</dt><dd id=\"fires\">{E(status.Fires)}</dd><dt>Missed fires run</dt><dd>{E(status.MisfireRuns)}</dd><dt>Skipped</dt><dd>{E(status.Skipped)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Jobs in force</dt><dd>{E(status.JobCount)}</dd><dt>Last reload</dt><dd>{Time(status.ReloadedAt, zone)}</dd><dt>Running now</dt><dd>{E(running)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Lateness (last {E(lateness.Count)} scheduled runs)</dt><dd id=\"lateness\">p50 {Duration(lateness.P50)}, p90 {Duration(lateness.P90)}, p99 {Duration(lateness.P99)}, max {Duration(lateness.Max)}</dd>")
            .Append("</dl>");
        var errors = status.RejectedErrors.Concat(status.ConfigErrors).Concat(fileErrors).Select(e => e.ToString()).Distinct().ToList();
        body.Append("<h2>Schedule errors</h2>").Append(errors.Count == 0 ? "<p id=\"no-errors\">None: the schedule in force is the file's.</p>" : Errors(errors));
        body.Append("<h2>Next fires</h2><table><thead><tr><th>Next fire</th><th>Job</th></tr></thead><tbody>");
        foreach (var job in (listing?.Jobs ?? []).Where(j => j.Next is not null).OrderBy(j => j.Next).Take(10))
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{Time(job.Next, zone)}</td><td><a href=\"/jobs/{E(job.Job.Id)}\">{E(job.Job.Name)} (#{E(job.Job.Id)})</a></td></tr>");
        }

        return body.Append("</tbody></table>").ToString();
    }
}
