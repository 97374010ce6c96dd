using System.Globalization;
using System.Text;
using Runner.Core.Runs;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>All runs, filtered by job and outcome.</summary>
internal static class RunsPage
{
    public static string Body(IReadOnlyList<RunRecord> runs, JobListing? jobs, int? jobId, RunOutcome? outcome, TimeZoneInfo zone)
    {
        var body = new StringBuilder("<form method=\"get\" action=\"/runs\" class=\"filter\"><label>Job <select name=\"job\"><option value=\"\">all</option>");
        foreach (var job in jobs?.Jobs.Select(j => j.Job) ?? [])
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(job.Id)}\"{(job.Id == jobId ? " selected" : string.Empty)}>{E(job.Name)} (#{E(job.Id)})</option>");
        }

        body.Append("</select></label> <label>Outcome <select name=\"outcome\"><option value=\"\">all</option>");
        foreach (var o in RunOutcomes.All)
        {
            body.Append(CultureInfo.InvariantCulture, $"<option{(o == outcome ? " selected" : string.Empty)}>{E(o.DisplayName())}</option>");
        }

        body.Append("</select></label> <button type=\"submit\">Filter</button></form>");
        return body.Append(RunsTable.Render(runs, zone)).ToString();
    }
}
