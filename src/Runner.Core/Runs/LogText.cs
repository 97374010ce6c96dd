using System.Globalization;
using System.Text;

namespace Runner.Core.Runs;

/// <summary>
/// Keeps a log record on one line: control characters other than tab (C0, DEL, C1) become
/// <c>\xNN</c>, and the Unicode line and paragraph separators <c>\u2028</c> and <c>\u2029</c>.
/// </summary>
internal static class LogText
{
    public static string Clean(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                clean.Append(c);
            }
            else if (c <= '\u00FF')
            {
                clean.Append(@"\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                clean.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return clean.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (c < ' ' && c != '\t') || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029';
}
