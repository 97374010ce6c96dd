namespace Runner.Core.Scheduling;

/// <summary>The five time fields of a schedule row, in the seed's column order.</summary>
public enum TimeFieldKind
{
    MonthDay,
    WeekDay,
    Hour,
    Minute,
    Second,
}
