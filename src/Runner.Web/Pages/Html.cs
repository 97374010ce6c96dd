using System.Globalization;
using System.Net;
using System.Text;
using Runner.Core.Runs;

namespace Runner.Web.Pages;

/// <summary>The page layout and the escaping every text goes through: nothing from a job, a log or a request reaches a page unescaped.</summary>
internal static class Html
{
    private static readonly (string Path, string Label)[] Menu = [("/", "Jobs"), ("/runs", "Runs"), ("/status", "Status"), ("/settings", "Settings")];

    /// <summary>HTML-escapes text (also quotes, so it is safe in attributes).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string E(long number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole page: the menu (with a logout form) and <paramref name="body"/>.</summary>
    public static string Page(string title, string schedulerName, string? antiForgery, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · ").Append(E(schedulerName)).Append(" · runner</title>")
            .Append("<link rel=\"stylesheet\" href=\"/static/app.css\"><script src=\"/static/app.js\" defer></script></head><body>");
        page.Append("<header><span class=\"brand\">runner · ").Append(E(schedulerName)).Append("</span>");
        if (antiForgery is not null)
        {
            page.Append("<nav>");
            foreach (var (path, label) in Menu)
            {
                page.Append("<a href=\"").Append(path).Append("\">").Append(label).Append("</a>");
            }

            page.Append("</nav>").Append(Form("/logout", "Log out", antiForgery, "logout"));
        }

        page.Append("</header><main><h1>").Append(E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return page.ToString();
    }

    /// <summary>A POST form of one button, with the session's anti-forgery token.</summary>
    public static string Form(string action, string label, string antiForgery, string cssClass = "") =>
        $"<form method=\"post\" action=\"{E(action)}\" class=\"inline {E(cssClass)}\"><input type=\"hidden\" name=\"_csrf\" value=\"{E(antiForgery)}\"><button type=\"submit\">{E(label)}</button></form>";

    public static string Time(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } at ? E(TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)) : "—";

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "—",
        { TotalSeconds: < 1 } d => $"{d.TotalMilliseconds:0} ms",
        { TotalMinutes: < 1 } d => $"{d.TotalSeconds:0.0} s",
        { TotalHours: < 1 } d => $"{(int)d.TotalMinutes} min {d.Seconds} s",
        { } d => $"{(int)d.TotalHours} h {d.Minutes} min",
    };

    public static string Outcome(RunOutcome? outcome) =>
        outcome is { } o ? $"<span class=\"outcome {E(o.ToString().ToLowerInvariant())}\">{E(o.DisplayName())}</span>" : "—";

    public static string Errors(IEnumerable<string> messages)
    {
        var list = messages.ToList();
        return list.Count == 0 ? string.Empty : $"<ul class=\"errors\">{string.Concat(list.Select(m => $"<li>{E(m)}</li>"))}</ul>";
    }
}
