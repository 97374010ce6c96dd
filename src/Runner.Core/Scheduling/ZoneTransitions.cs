namespace Runner.Core.Scheduling;

/// <summary>
/// Edges of daylight-saving gaps and overlaps, found by stepping local time a minute at a
/// time (every transition in the tz database since 1970 falls on a whole minute).
/// </summary>
internal static class ZoneTransitions
{
    /// <summary>Longest gap or overlap searched: 3 hours (the largest in use is 2 hours).</summary>
    private const int MaxMinutes = 3 * 60;

    /// <summary>The first instant after the gap that holds <paramref name="invalidLocal"/>.</summary>
    public static DateTimeOffset GapEnd(TimeZoneInfo zone, DateTime invalidLocal)
    {
        var edge = FloorToMinute(invalidLocal);
        for (var i = 0; i < MaxMinutes && zone.IsInvalidTime(edge); i++)
        {
            edge = edge.AddMinutes(1);
        }

        return new DateTimeOffset(edge, zone.GetUtcOffset(edge));
    }

    /// <summary>The first local time after the repeated interval that holds <paramref name="ambiguousLocal"/>.</summary>
    public static DateTime AmbiguousEnd(TimeZoneInfo zone, DateTime ambiguousLocal)
    {
        var edge = FloorToMinute(ambiguousLocal).AddMinutes(1);
        for (var i = 0; i < MaxMinutes && zone.IsAmbiguousTime(edge); i++)
        {
            edge = edge.AddMinutes(1);
        }

        return edge;
    }

    private static DateTime FloorToMinute(DateTime local) =>
        new(local.Ticks - (local.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified);
}
