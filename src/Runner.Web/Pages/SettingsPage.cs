using System.Globalization;
using System.Text;
using Runner.Core.Configuration;
using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>The settings in force, read-only, each with where it comes from; secrets show as ***.</summary>
internal static class SettingsPage
{
    public static string Body(IReadOnlyList<SettingRow> rows)
    {
        var body = new StringBuilder("<p>Read-only: change them in config.ini (see docs/configuration.md).</p><table id=\"settings\"><thead><tr><th>Section</th><th>Option</th><th>Value</th><th>From</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Section)}</td><td>{E(row.Option)}</td><td><code>{E(row.Value)}</code></td><td>{E(row.Origin)}</td></tr>");
        }

        return body.Append("</tbody></table>").ToString();
    }

    /// <summary>Every option of the catalog, and the environments, as in force; secrets masked, unknown options left out.</summary>
    public static IReadOnlyList<SettingRow> Rows(LayeredConfig config)
    {
        var rows = OptionCatalog.All.Select(spec =>
        {
            var value = config.Get(spec.Section, spec.Name);
            var shown = value is null ? spec.Default : value.Value;
            return new SettingRow(spec.Section, spec.Name, spec.IsSecret && shown.Length > 0 ? "***" : shown, value?.Origin.ToString() ?? "default");
        }).ToList();
        rows.AddRange(config.Environments().Select(e => new SettingRow(SectionNames.Environment, e.Key.Option, e.Value, e.Origin.ToString())));
        return rows;
    }
}

/// <summary>One setting as shown (a secret already masked).</summary>
internal sealed record SettingRow(string Section, string Option, string Value, string Origin);
