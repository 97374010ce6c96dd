using System.Globalization;
using System.Text;
using Runner.Core.Runs;
using Runner.Engine.Ports;
using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>An inline SVG bar chart of a job's last runs, oldest left: height is the duration, colour the outcome.</summary>
internal static class DurationChart
{
    private const int Width = 720;
    private const int Height = 160;

    public static string Svg(IReadOnlyList<RunRecord> newestFirst)
    {
        var runs = newestFirst.Reverse().ToList();
        if (runs.Count == 0)
        {
            return "<p>No runs yet.</p>";
        }

        var longest = Math.Max(runs.Max(r => r.Duration?.TotalMilliseconds ?? 0), 1);
        var slot = (double)Width / runs.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"durations and outcomes of the last {runs.Count} runs\" viewBox=\"0 0 {Width} {Height + 20}\" width=\"{Width}\" height=\"{Height + 20}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{Height}\" x2=\"{Width}\" y2=\"{Height}\" stroke=\"#888\"/>");
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var ms = run.Duration?.TotalMilliseconds ?? 0;
            var h = Math.Max(2, ms / longest * (Height - 10));
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{i * slot + 1:0.#}\" y=\"{Height - h:0.#}\" width=\"{Math.Max(1, slot - 2):0.#}\" height=\"{h:0.#}\" fill=\"{Colour(run.Outcome)}\">")
                .Append(CultureInfo.InvariantCulture, $"<title>run {run.RunId}: {E(run.Outcome.DisplayName())}, {E(Duration(run.Duration))}</title></rect>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Height + 15}\" font-size=\"11\">longest {E(Duration(TimeSpan.FromMilliseconds(longest)))}</text></svg>");
        return svg.ToString();
    }

    private static string Colour(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Done => "#2e7d32",
        RunOutcome.Running => "#1565c0",
        RunOutcome.Skipped => "#9e9e9e",
        _ => "#c62828",
    };
}
