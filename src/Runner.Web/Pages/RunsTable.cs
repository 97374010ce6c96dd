using System.Globalization;
using System.Text;
using Runner.Engine.Ports;
using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>A table of runs, each linking to its log by run id.</summary>
internal static class RunsTable
{
    public static string Render(IReadOnlyList<RunRecord> runs, TimeZoneInfo zone)
    {
        if (runs.Count == 0)
        {
            return "<p class=\"empty\">No runs.</p>";
        }

        var table = new StringBuilder("<table class=\"runs\"><thead><tr><th>Run</th><th>Job</th><th>Trigger</th><th>Started</th><th>Late</th><th>Duration</th><th>Outcome</th><th>Exit</th><th>Message</th></tr></thead><tbody>");
        foreach (var run in runs)
        {
            table.Append(CultureInfo.InvariantCulture, $"<tr data-run=\"{E(run.RunId)}\"><td><a href=\"/runs/{E(run.RunId)}\">{E(run.RunId)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"/jobs/{E(run.JobId)}\">{E(run.JobName)} (#{E(run.JobId)})</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Time(run.Trigger, zone)}</td><td>{Time(run.Started, zone)}</td><td>{Duration(run.Lateness)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Duration(run.Duration)}</td><td>{Outcome(run.Outcome)}</td><td>{(run.ExitCode is { } code ? E(code) : "—")}</td><td>{E(run.Message)}</td></tr>");
        }

        return table.Append("</tbody></table>").ToString();
    }
}
