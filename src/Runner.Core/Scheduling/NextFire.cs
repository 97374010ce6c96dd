namespace Runner.Core.Scheduling;

/// <summary>
/// Next fire in a time zone, with the daylight-saving rules of Vixie cron and Cronos
/// (docs/dst.md): a local time skipped by a spring-forward gap fires once, at the first
/// instant after the gap; a local time repeated by a fall-back fires in the first pass, and
/// in the second pass too only when <see cref="Timing.FiresInBothPasses"/>.
/// </summary>
internal static class NextFire
{
    public static DateTimeOffset? After(Timing timing, DateTimeOffset from, TimeZoneInfo zone)
    {
        var fromUtc = from.UtcDateTime;
        var start = new DateTime(fromUtc.Ticks - (fromUtc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        if (start >= DateTime.MaxValue.AddSeconds(-1))
        {
            return null;
        }

        start = start.AddSeconds(1);
        return zone == TimeZoneInfo.Utc ? AtOrAfterUtc(timing, start) : AtOrAfter(timing, start, zone);
    }

    private static DateTimeOffset? AtOrAfterUtc(Timing timing, DateTime startUtc) =>
        LocalSearch.FirstAtOrAfter(timing, DateTime.SpecifyKind(startUtc, DateTimeKind.Unspecified)) is { } found
            ? new DateTimeOffset(found, TimeSpan.Zero)
            : null;

    private static DateTimeOffset? AtOrAfter(Timing timing, DateTime startUtc, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(startUtc);
        var local = DateTime.SpecifyKind(startUtc + offset, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            var (first, second) = PassOffsets(zone, local);
            var end = ZoneTransitions.AmbiguousEnd(zone, local);
            if (offset == first)
            {
                if (LocalSearch.FirstAtOrAfter(timing, local) is { } early && early < end)
                {
                    return new DateTimeOffset(early, first);
                }

                local = end - (first - second);
            }

            if (timing.FiresInBothPasses && LocalSearch.FirstAtOrAfter(timing, local) is { } late && late < end)
            {
                return new DateTimeOffset(late, second);
            }

            local = end;
        }

        if (LocalSearch.FirstAtOrAfter(timing, local) is not { } match)
        {
            return null;
        }

        if (zone.IsInvalidTime(match))
        {
            return ZoneTransitions.GapEnd(zone, match);
        }

        return zone.IsAmbiguousTime(match)
            ? new DateTimeOffset(match, PassOffsets(zone, match).First)
            : new DateTimeOffset(match, zone.GetUtcOffset(match));
    }

    /// <summary>The offsets of a repeated local time: the first pass has the larger one.</summary>
    private static (TimeSpan First, TimeSpan Second) PassOffsets(TimeZoneInfo zone, DateTime ambiguousLocal)
    {
        var offsets = zone.GetAmbiguousTimeOffsets(ambiguousLocal);
        var (a, b) = (offsets.Min(), offsets.Max());
        return (b, a);
    }
}
