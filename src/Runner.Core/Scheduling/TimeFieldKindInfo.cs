namespace Runner.Core.Scheduling;

/// <summary>Range, names and wording of each <see cref="TimeFieldKind"/>.</summary>
public static class TimeFieldKindInfo
{
    private static readonly string[] WeekDayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static int Min(this TimeFieldKind kind) => kind is TimeFieldKind.MonthDay or TimeFieldKind.WeekDay ? 1 : 0;

    public static int Max(this TimeFieldKind kind) => kind switch
    {
        TimeFieldKind.MonthDay => 31,
        TimeFieldKind.WeekDay => 7,
        TimeFieldKind.Hour => 23,
        _ => 59,
    };

    /// <summary>The field's name in messages, e.g. "month day".</summary>
    public static string Title(this TimeFieldKind kind) => kind switch
    {
        TimeFieldKind.MonthDay => "month day",
        TimeFieldKind.WeekDay => "week day",
        TimeFieldKind.Hour => "hour",
        TimeFieldKind.Minute => "minute",
        _ => "second",
    };

    /// <summary>The schedule.tsv column holding the field, e.g. "MONTH_DAY".</summary>
    public static string Column(this TimeFieldKind kind) => kind switch
    {
        TimeFieldKind.MonthDay => "MONTH_DAY",
        TimeFieldKind.WeekDay => "WEEK_DAY",
        TimeFieldKind.Hour => "HOUR",
        TimeFieldKind.Minute => "MINUTE",
        _ => "SECOND",
    };

    /// <summary>The allowed values as shown to users, e.g. "1-7 (1 = Monday, 7 = Sunday) or mon..sun".</summary>
    public static string AllowedValues(this TimeFieldKind kind) => kind == TimeFieldKind.WeekDay
        ? "1-7 (1 = Monday ... 7 = Sunday) or mon..sun"
        : $"{kind.Min()}-{kind.Max()}";

    /// <summary>The value of a week-day name (mon = 1 ... sun = 7), or null.</summary>
    public static int? WeekDayByName(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < WeekDayNames.Length; i++)
        {
            if (name.Equals(WeekDayNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }
}
