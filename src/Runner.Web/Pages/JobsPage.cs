using System.Globalization;
using System.Text;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>The jobs: schedule in words and fields, next fire, last outcome and duration, enabled; run now, enable or disable.</summary>
internal static class JobsPage
{
    public static string Body(JobListing listing, Func<int, RunRecord?> lastRun, string antiForgery, IEnumerable<string> notices)
    {
        var body = new StringBuilder();
        body.Append(Errors(notices));
        if (listing.Errors.Count > 0)
        {
            body.Append("<section class=\"schedule-errors\"><h2>Schedule errors (rows with errors are not listed)</h2>")
                .Append(Errors(listing.Errors.Select(e => e.ToString()))).Append("</section>");
        }

        body.Append("<table id=\"jobs\"><thead><tr><th>ID</th><th>Name</th><th>Environment</th><th>Schedule</th><th>Fields (day weekday h m s)</th>")
            .Append("<th>Next fire</th><th>Last outcome</th><th>Duration</th><th>Enabled</th><th>Actions</th></tr></thead><tbody>");
        foreach (var (job, next) in listing.Jobs.Select(j => (j.Job, j.Next)))
        {
            var last = lastRun(job.Id);
            var t = job.Timing;
            body.Append(CultureInfo.InvariantCulture, $"<tr id=\"job-{E(job.Id)}\" data-job=\"{E(job.Id)}\"><td>{E(job.Id)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"name\"><a href=\"/jobs/{E(job.Id)}\">{E(job.Name)}</a></td><td>{E(job.Environment)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(TimingWords.Describe(t))}</td><td class=\"fields\"><code>{E(t.ToString())}</code></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Time(next, listing.Zone)}</td><td class=\"last\">{Outcome(last?.Outcome)}</td><td>{Duration(last?.Duration)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"enabled\">{(job.IsActive ? "Y" : "N")}</td><td class=\"actions\">")
                .Append(Form($"/jobs/{job.Id}/run", "Run now", antiForgery, "run"))
                .Append(job.IsActive ? Form($"/jobs/{job.Id}/disable", "Disable", antiForgery, "disable") : Form($"/jobs/{job.Id}/enable", "Enable", antiForgery, "enable"))
                .Append("</td></tr>");
        }

        body.Append("</tbody></table>");
        return body.ToString();
    }
}
