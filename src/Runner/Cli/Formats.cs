using System.Globalization;
using Runner.Core.Triggers;

namespace Runner.Cli;

/// <summary>How instants and options are written on the command line.</summary>
internal static class Formats
{
    /// <summary>ISO 8601 with the offset, in the schedule's zone.</summary>
    public static string Instant(DateTimeOffset instant, TimeZoneInfo zone) =>
        TriggerParser.Format(TimeZoneInfo.ConvertTime(instant, zone));

    /// <summary>Parses a --from value (any trigger form, wall-clock times in the schedule's zone).</summary>
    public static DateTimeOffset? ParseFrom(string? text, TimeZoneInfo zone, out string? error)
    {
        error = null;
        if (text is null)
        {
            return null;
        }

        var parsed = TriggerParser.Parse(text, zone, out var reason);
        error = reason is null ? null : $"--from: {reason}";
        return parsed;
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
