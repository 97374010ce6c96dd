using System.Net;
using System.Text;

namespace Runner.Core.Notifications;

/// <summary>
/// The HTML body of a notice, for mail clients: one centred table, inline styles only (clients
/// drop style sheets), every value HTML-escaped, the log tail in a preformatted block.
/// </summary>
public static class NoticeHtml
{
    private const string Font = "font-family:Segoe UI,Helvetica,Arial,sans-serif;";

    public static string Body(Notice notice)
    {
        var color = notice.Kind switch
        {
            NoticeKind.Recovered => "#2e7d32",
            NoticeKind.Message => "#37474f",
            _ => "#c62828",
        };
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").Append(E(NoticeText.Subject(notice))).Append("</title></head>\n");
        html.Append("<body style=\"margin:0;padding:0;background:#f4f5f7;\">\n");
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#f4f5f7;\"><tr><td align=\"center\" style=\"padding:16px;\">\n");
        html.Append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"max-width:640px;width:100%;background:#ffffff;border:1px solid #dde1e6;\">\n");
        html.Append("<tr><td style=\"").Append(Font).Append("background:").Append(color).Append(";color:#ffffff;font-size:18px;font-weight:bold;padding:12px 16px;\">")
            .Append(E(NoticeText.Headline(notice))).Append("</td></tr>\n");
        var facts = NoticeText.Facts(notice);
        if (facts.Count > 0)
        {
            html.Append("<tr><td style=\"padding:12px 16px;\"><table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"").Append(Font).Append("font-size:14px;color:#1f2328;\">\n");
            foreach (var (label, value) in facts)
            {
                html.Append("<tr><td style=\"padding:2px 16px 2px 0;color:#57606a;white-space:nowrap;vertical-align:top;\">").Append(E(label))
                    .Append("</td><td style=\"padding:2px 0;\">").Append(E(value)).Append("</td></tr>\n");
            }

            html.Append("</table></td></tr>\n");
        }

        if (notice.Detail is { Length: > 0 } detail && notice.Kind != NoticeKind.Message)
        {
            html.Append("<tr><td style=\"").Append(Font).Append("padding:0 16px 12px 16px;font-size:14px;color:#1f2328;\">").Append(Lines(detail)).Append("</td></tr>\n");
        }

        if (notice.Kind == NoticeKind.Message && notice.Detail is { } message)
        {
            html.Append("<tr><td style=\"").Append(Font).Append("padding:12px 16px;font-size:14px;color:#1f2328;\">").Append(Lines(message)).Append("</td></tr>\n");
        }

        if (notice.LogTail.Count > 0)
        {
            html.Append("<tr><td style=\"").Append(Font).Append("padding:0 16px 4px 16px;font-size:13px;color:#57606a;\">Last ")
                .Append(notice.LogTail.Count).Append(" lines of the log:</td></tr>\n");
            html.Append("<tr><td style=\"padding:0 16px 12px 16px;\"><pre style=\"margin:0;padding:8px;background:#f6f8fa;border:1px solid #dde1e6;font-family:Consolas,Menlo,monospace;font-size:12px;line-height:1.4;white-space:pre-wrap;word-break:break-all;color:#1f2328;\">");
            html.Append(string.Join("\n", notice.LogTail.Select(E))).Append("</pre></td></tr>\n");
        }

        if (NoticeText.LogsCommand(notice) is { } command)
        {
            html.Append("<tr><td style=\"").Append(Font).Append("padding:0 16px 16px 16px;font-size:13px;color:#57606a;\">The whole log: <code style=\"font-family:Consolas,Menlo,monospace;color:#1f2328;\">")
                .Append(E(command)).Append("</code></td></tr>\n");
        }

        html.Append("</table>\n</td></tr></table>\n</body></html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Lines(string text) => string.Join("<br>\n", text.ReplaceLineEndings("\n").Split('\n').Select(E));
}
