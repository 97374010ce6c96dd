namespace Runner.Core.Schedules;

/// <summary>
/// The required columns of schedule.tsv (the seed's twelve), in the seed's order. Columns are
/// found by header name, case-insensitive, so a file may order them freely.
/// </summary>
public static class ScheduleColumns
{
    public const string Id = "ID";
    public const string Name = "NAME";
    public const string Description = "DESCRIPTION";
    public const string Environment = "ENVIRONMENT";
    public const string File = "FILE";
    public const string MonthDay = "MONTH_DAY";
    public const string WeekDay = "WEEK_DAY";
    public const string Hour = "HOUR";
    public const string Minute = "MINUTE";
    public const string Second = "SECOND";
    public const string Parameters = "PARAMETERS";
    public const string Status = "STATUS";

    /// <summary>The twelve required columns in the seed's order (the order of a new file).</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        Id, Name, Description, Environment, File, MonthDay, WeekDay, Hour, Minute, Second, Parameters, Status,
    ];

    /// <summary>True when <paramref name="name"/> is one of the twelve, ignoring case.</summary>
    public static bool IsRequired(string name) =>
        Required.Any(required => string.Equals(required, name, StringComparison.OrdinalIgnoreCase));
}
