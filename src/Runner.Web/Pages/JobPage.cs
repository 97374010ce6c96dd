using System.Globalization;
using System.Text;
using Runner.Core.Schedules;
using Runner.Engine.Ports;
using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>One job: its fields, next fires, the edit form of its schedule and parameters, a chart and the history of its runs.</summary>
internal static class JobPage
{
    public static string Body(
        Job job, IReadOnlyList<DateTimeOffset> next, IReadOnlyList<RunRecord> runs, TimeZoneInfo zone, string antiForgery,
        IReadOnlyDictionary<string, string>? form, IReadOnlyList<string> errors, bool saved)
    {
        var t = job.Timing;
        string Value(string field, string current) => form is not null && form.TryGetValue(field, out var v) ? v : current;
        var body = new StringBuilder();
        if (saved)
        {
            body.Append("<p class=\"saved\">Saved to schedule.tsv; the scheduler applies it within a second.</p>");
        }

        body.Append(Errors(errors));
        body.Append("<dl class=\"job\">")
            .Append(CultureInfo.InvariantCulture, $"<dt>Description</dt><dd>{E(job.Description)}</dd><dt>Environment</dt><dd>{E(job.Environment)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>File</dt><dd><code>{E(job.File)}</code></dd><dt>Schedule</dt><dd>{E(TimingWords.Describe(t))} <code>{E(t.ToString())}</code></dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Parameters</dt><dd><code>{E(job.Parameters)}</code></dd><dt>Enabled</dt><dd class=\"enabled\">{(job.IsActive ? "Y" : "N")}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Next fires</dt><dd>{(next.Count == 0 ? "—" : string.Join("<br>", next.Select(n => Time(n, zone))))}</dd></dl>");
        body.Append("<div class=\"actions\">").Append(Form($"/jobs/{job.Id}/run", "Run now", antiForgery, "run"))
            .Append(job.IsActive ? Form($"/jobs/{job.Id}/disable", "Disable", antiForgery, "disable") : Form($"/jobs/{job.Id}/enable", "Enable", antiForgery, "enable"))
            .Append("</div>");

        body.Append(CultureInfo.InvariantCulture, $"<h2>Edit schedule and parameters</h2><form method=\"post\" action=\"/jobs/{E(job.Id)}/edit\" class=\"edit\" id=\"edit\">")
            .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"_csrf\" value=\"{E(antiForgery)}\">");
        foreach (var (field, label, current) in new[]
        {
            ("month_day", "Month day", t.MonthDay.Text), ("week_day", "Week day", t.WeekDay.Text), ("hour", "Hour", t.Hour.Text),
            ("minute", "Minute", t.Minute.Text), ("second", "Second", t.Second.Text), ("parameters", "Parameters", job.Parameters),
        })
        {
            body.Append(CultureInfo.InvariantCulture, $"<label>{E(label)} <input name=\"{field}\" value=\"{E(Value(field, current))}\"></label>");
        }

        body.Append("<button type=\"submit\">Save</button></form>");
        body.Append("<h2>Durations and outcomes</h2>").Append(DurationChart.Svg(runs));
        body.Append(CultureInfo.InvariantCulture, $"<h2>History</h2><p><a href=\"/runs?job={E(job.Id)}\">All runs of this job</a></p>").Append(RunsTable.Render(runs, zone));
        return body.ToString();
    }
}
