using System.Globalization;
using System.Net.Mail;

namespace Runner.Core.Configuration;

/// <summary>
/// The value syntaxes of the configuration (docs/configuration.md, "Values"). Each reader
/// trims its input and returns false for anything it does not accept; none throws.
/// </summary>
public static class ValueSyntax
{
    private const long MaxSeconds = 100_000_000_000;

    private static readonly char[] ListSeparators = [',', ';', '\n'];

    /// <summary>True/False, yes/no, on/off, 1/0, in any case.</summary>
    public static bool TryFlag(string text, out bool value)
    {
        (var known, value) = text.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "YES" or "ON" or "1" => (true, true),
            "FALSE" or "NO" or "OFF" or "0" => (true, false),
            _ => (false, false),
        };
        return known;
    }

    /// <summary>A whole number, optionally signed.</summary>
    public static bool TryNumber(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A byte count: digits and an optional unit b, k/kb/kib, m/mb/mib, g/gb/gib, t/tb/tib (1024-based).</summary>
    public static bool TrySize(string text, out long bytes)
    {
        bytes = 0;
        var trimmed = text.Trim();
        var digits = LeadingDigits(trimmed);
        long factor = trimmed[digits..].TrimStart().ToUpperInvariant() switch
        {
            "" or "B" => 1,
            "K" or "KB" or "KIB" => 1L << 10,
            "M" or "MB" or "MIB" => 1L << 20,
            "G" or "GB" or "GIB" => 1L << 30,
            "T" or "TB" or "TIB" => 1L << 40,
            _ => 0,
        };
        if (digits == 0 || factor == 0
            || !long.TryParse(trimmed[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count > long.MaxValue / factor)
        {
            return false;
        }

        bytes = count * factor;
        return true;
    }

    /// <summary>Seconds: a bare number, or numbers with units d, h, m, s, each unit at most once (<c>1h30m</c>).</summary>
    public static bool TrySeconds(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var rest = text.Trim();
        if (rest.Length == 0)
        {
            return false;
        }

        if (!rest.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            rest += "s";
        }

        long total = 0;
        var seen = new HashSet<char>();
        while (rest.Length > 0)
        {
            var digits = LeadingDigits(rest);
            var unitText = rest[digits..].TrimStart();
            if (digits is 0 or > 12 || unitText.Length == 0 || !seen.Add(char.ToUpperInvariant(unitText[0])))
            {
                return false;
            }

            long factor = char.ToUpperInvariant(unitText[0]) switch { 'D' => 86400, 'H' => 3600, 'M' => 60, 'S' => 1, _ => 0 };
            total += long.Parse(rest[..digits], CultureInfo.InvariantCulture) * factor;
            if (factor == 0 || total > MaxSeconds)
            {
                return false;
            }

            rest = unitText[1..].TrimStart();
        }

        value = TimeSpan.FromSeconds(total);
        return true;
    }

    /// <summary>The items of a list separated by commas, semicolons or line breaks, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Items(string text) =>
        text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>One e-mail address, bare (<c>ops@example.com</c>) or named (<c>Ops &lt;ops@example.com&gt;</c>).</summary>
    public static bool IsAddress(string text) =>
        MailAddress.TryCreate(text.Trim(), out var address) && address.Host.Length > 0 && address.User.Length > 0;

    /// <summary>An absolute URL whose scheme is one of <paramref name="schemes"/>.</summary>
    public static bool TryUrl(string text, IReadOnlyList<string> schemes, out Uri? url) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out url)
        && schemes.Contains(url.Scheme, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the text can be a time zone id (IANA such as <c>Europe/Berlin</c>, Windows such as
    /// <c>W. Europe Standard Time</c>). Only the form is checked: the caller resolves the zone.
    /// </summary>
    public static bool IsTimeZoneId(string text)
    {
        var trimmed = text.Trim();
        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('/' or '_' or '-' or '+' or '.' or ' '))
            {
                return false;
            }
        }

        return trimmed.Length > 0;
    }

    // Span searches rather than LINQ over the string's chars, which is JIT-compiled at every start.
    private static int LeadingDigits(string text)
    {
        var end = text.AsSpan().IndexOfAnyExceptInRange('0', '9');
        return end < 0 ? text.Length : end;
    }
}
