namespace Runner.Core.Scheduling;

/// <summary>
/// Finds matches on the naive local calendar (no time zone), jumping field by field: the
/// next matching day through the month-day bit mask, then hour, minute and second.
/// </summary>
internal static class LocalSearch
{
    /// <summary>Days are searched this many months ahead; every timing matches well within it.</summary>
    private const int MonthsAhead = 12 * 30;

    /// <summary>The first local time at or after <paramref name="local"/> (whole seconds) that matches, or null.</summary>
    public static DateTime? FirstAtOrAfter(Timing timing, DateTime local)
    {
        var date = local.Date;
        if (timing.MatchesDay(date) && TimeOfDayAtOrAfter(timing, (int)(local.TimeOfDay.Ticks / TimeSpan.TicksPerSecond)) is int seconds)
        {
            return date.AddSeconds(seconds);
        }

        if (date == DateTime.MaxValue.Date || NextDay(timing, date.AddDays(1)) is not { } day)
        {
            return null;
        }

        return day.AddSeconds((timing.Hour.First * 3600) + (timing.Minute.First * 60) + timing.Second.First);
    }

    /// <summary>The first matching day at or after <paramref name="from"/>, or null.</summary>
    private static DateTime? NextDay(Timing timing, DateTime from)
    {
        var (year, month, day) = (from.Year, from.Month, from.Day);
        for (var i = 0; i < MonthsAhead; i++)
        {
            var inMonth = TimeField.RangeMask(day, DateTime.DaysInMonth(year, month));
            for (var days = timing.MonthDay.Mask & inMonth; days != 0; days &= days - 1)
            {
                var candidate = new DateTime(year, month, System.Numerics.BitOperations.TrailingZeroCount(days));
                if (timing.WeekDay.Matches(Timing.IsoWeekDay(candidate.DayOfWeek)))
                {
                    return candidate;
                }
            }

            (year, month, day) = month == 12 ? (year + 1, 1, 1) : (year, month + 1, 1);
            if (year > DateTime.MaxValue.Year)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The first matching second of the day at or after <paramref name="secondOfDay"/>, or null.</summary>
    private static int? TimeOfDayAtOrAfter(Timing timing, int secondOfDay)
    {
        var (hour, minute, second) = (secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
        if (timing.Hour.Matches(hour))
        {
            if (timing.Minute.Matches(minute) && timing.Second.NextAtOrAfter(second) is var s and >= 0)
            {
                return (hour * 3600) + (minute * 60) + s;
            }

            if (timing.Minute.NextAtOrAfter(minute + 1) is var m and >= 0)
            {
                return (hour * 3600) + (m * 60) + timing.Second.First;
            }
        }

        return timing.Hour.NextAtOrAfter(hour + 1) is var h and >= 0
            ? (h * 3600) + (timing.Minute.First * 60) + timing.Second.First
            : null;
    }
}
