using Runner.Core.Scheduling;

namespace Runner.Core.Tests.Scheduling;

/// <summary>
/// A slow, obviously right evaluator of the fire rules, used as the oracle of the property
/// test. It walks UTC instants forward and asks, of each one, the SPEC §3 questions
/// directly: does its wall-clock time match; is it the second pass of a repeated hour; is it
/// the first instant after a gap that swallowed a matching time? It skips ahead only where
/// nothing can match: to the next quarter hour (every transition since 1970 in the zones
/// tested falls on one) when the day or the hour does not match, to the next minute when
/// the minute does not.
/// </summary>
internal static class BruteForceFires
{
    public static DateTimeOffset? After(Timing timing, DateTimeOffset from, TimeZoneInfo zone, DateTimeOffset limit)
    {
        var t = new DateTime(from.UtcTicks - (from.UtcTicks % TimeSpan.TicksPerSecond), DateTimeKind.Utc).AddSeconds(1);
        while (t < limit.UtcDateTime)
        {
            var offset = zone.GetUtcOffset(t);
            var local = DateTime.SpecifyKind(t + offset, DateTimeKind.Unspecified);
            if (IsGapEnd(timing, zone, t, offset) || (timing.Matches(local) && !IsSilentSecondPass(timing, zone, local, offset)))
            {
                return new DateTimeOffset(local, offset);
            }

            t = !timing.MatchesDay(local) || !timing.Hour.Matches(local.Hour) ? NextQuarterHour(t)
                : !timing.Minute.Matches(local.Minute) ? NextMinute(t)
                : t.AddSeconds(1);
        }

        return null;
    }

    /// <summary>True when <paramref name="t"/> is the first instant after a gap holding a matching wall time.</summary>
    private static bool IsGapEnd(Timing timing, TimeZoneInfo zone, DateTime t, TimeSpan offset)
    {
        var before = zone.GetUtcOffset(t.AddSeconds(-1));
        if (before >= offset)
        {
            return false;
        }

        var skippedFrom = DateTime.SpecifyKind(t + before, DateTimeKind.Unspecified);
        var skippedTo = DateTime.SpecifyKind(t + offset, DateTimeKind.Unspecified);
        for (var local = skippedFrom; local < skippedTo; local = local.AddSeconds(1))
        {
            if (timing.Matches(local))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for the second pass of a repeated hour, unless the timing fires in both passes.</summary>
    private static bool IsSilentSecondPass(Timing timing, TimeZoneInfo zone, DateTime local, TimeSpan offset) =>
        zone.IsAmbiguousTime(local)
        && offset == zone.GetAmbiguousTimeOffsets(local).Min()
        && !timing.FiresInBothPasses;

    private static DateTime NextQuarterHour(DateTime t) =>
        new(t.Ticks - (t.Ticks % (15 * TimeSpan.TicksPerMinute)) + (15 * TimeSpan.TicksPerMinute), DateTimeKind.Utc);

    private static DateTime NextMinute(DateTime t) =>
        new(t.Ticks - (t.Ticks % TimeSpan.TicksPerMinute) + TimeSpan.TicksPerMinute, DateTimeKind.Utc);
}
