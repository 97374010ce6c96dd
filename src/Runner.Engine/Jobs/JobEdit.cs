using Runner.Core.Schedules;

namespace Runner.Engine.Jobs;

/// <summary>A change to one job's schedule and parameters; a null field is left as it is.</summary>
public sealed record JobEdit(
    string? MonthDay = null, string? WeekDay = null, string? Hour = null, string? Minute = null, string? Second = null, string? Parameters = null)
{
    /// <summary>The schedule.tsv columns this edit sets, with their new text.</summary>
    public IEnumerable<(string Column, string Value)> Cells()
    {
        (string Column, string? Value)[] all =
        [
            (ScheduleColumns.MonthDay, MonthDay),
            (ScheduleColumns.WeekDay, WeekDay),
            (ScheduleColumns.Hour, Hour),
            (ScheduleColumns.Minute, Minute),
            (ScheduleColumns.Second, Second),
            (ScheduleColumns.Parameters, Parameters),
        ];
        return all.Where(c => c.Value is not null).Select(c => (c.Column, c.Value!.Trim()));
    }
}
