using System.Globalization;
using Runner.Core.Scheduling;

namespace Runner.Core.Triggers;

/// <summary>
/// Parses the instant a run is for (its trigger): the seed's <c>yyyy-mm-dd/hh24:mi:ss</c>
/// and <c>yyyy-mm-dd</c>, and ISO 8601 with <c>T</c> or a space, seconds and fractions
/// optional, with or without an offset (<c>Z</c>, <c>+02:00</c>, <c>+0200</c>). A time
/// without an offset is a wall-clock time in the scheduler's zone, resolved like a fire: a
/// time skipped by a DST gap means the first instant after the gap, a repeated time its
/// first pass.
/// </summary>
public static class TriggerParser
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd/HH:mm:ss", "yyyy-MM-dd/HH:mm", "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
    ];

    private static readonly string[] OffsetFormats =
    [
        .. LocalFormats.Skip(3).Select(f => f + "zzz"),
        .. LocalFormats.Skip(3).Select(f => f + "'Z'"),
        .. LocalFormats.Skip(3).Select(f => f + "zz00"),
    ];

    /// <summary>The accepted forms, for help texts and error messages.</summary>
    public const string Forms =
        "yyyy-mm-dd/hh24:mi:ss, yyyy-mm-dd, or ISO 8601 such as 2019-01-01T08:00:00, 2019-01-01 08:00 or 2019-01-01T08:00:00+02:00";

    /// <summary>Parses <paramref name="text"/>; on failure returns null and a message saying the accepted forms.</summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone, out string? error)
    {
        error = null;
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset;
        }

        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Resolve(local, zone);
        }

        error = $"'{text}' is not a trigger; write {Forms}";
        return null;
    }

    /// <summary>The instant of a wall-clock time in <paramref name="zone"/>, with the fire rules for gaps and repeats.</summary>
    public static DateTimeOffset Resolve(DateTime local, TimeZoneInfo zone)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wall))
        {
            return ZoneTransitions.GapEnd(zone, wall);
        }

        var offset = zone.IsAmbiguousTime(wall) ? zone.GetAmbiguousTimeOffsets(wall).Max() : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }

    /// <summary>The display form: ISO 8601 with the offset, e.g. 2019-01-01T08:00:00+01:00.</summary>
    public static string Format(DateTimeOffset trigger) =>
        trigger.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
