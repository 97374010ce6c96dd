using Runner.Core.Scheduling;

namespace Runner.Core.Jobs;

/// <summary>
/// Checks each answer of <c>create job</c> on its own, so a prompt can ask again with the
/// reason, and knows each answer's default. Time fields use the schedule grammar.
/// </summary>
public static class JobDraftRules
{
    /// <summary>The answer taken for an empty line.</summary>
    public static string Default(JobField field) => field switch
    {
        JobField.Environment => "python",
        JobField.MonthDay or JobField.WeekDay or JobField.Hour or JobField.Minute => "*",
        JobField.Second => "0",
        JobField.Active => "N",
        _ => string.Empty,
    };

    /// <summary>The prompt for a field, as the seed worded it.</summary>
    public static string Prompt(JobField field) => field switch
    {
        JobField.Name => "Enter the name or leave empty to use default",
        JobField.Description => "Enter the short description",
        JobField.Environment => "Enter the environment or leave empty to use python",
        JobField.MonthDay => "Enter the month day (1-31)",
        JobField.WeekDay => "Enter the week day (1-7, 1 = Monday)",
        JobField.Hour => "Enter the hour (0-23)",
        JobField.Minute => "Enter the minute (0-59)",
        JobField.Second => "Enter the second (0-59)",
        JobField.Parameters => "Enter the parameters",
        _ => "Activate job (Y/N)?",
    };

    /// <summary>Null when <paramref name="answer"/> is acceptable for <paramref name="field"/>; else what is wrong and how to fix it.</summary>
    public static string? Check(JobField field, string answer, IReadOnlyCollection<string> environments)
    {
        if (answer.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0)
        {
            return "tabs and line breaks cannot be stored in schedule.tsv; use spaces";
        }

        return field switch
        {
            JobField.Environment when answer.Trim().Length > 0 && !environments.Contains(answer.Trim(), StringComparer.OrdinalIgnoreCase) =>
                $"environment '{answer.Trim()}' is not defined in [ENVIRONMENT] of config.ini; use one of: {string.Join(", ", environments)} (or add it there)",
            JobField.MonthDay => TimeFieldError(TimeFieldKind.MonthDay, answer),
            JobField.WeekDay => TimeFieldError(TimeFieldKind.WeekDay, answer),
            JobField.Hour => TimeFieldError(TimeFieldKind.Hour, answer),
            JobField.Minute => TimeFieldError(TimeFieldKind.Minute, answer),
            JobField.Second => TimeFieldError(TimeFieldKind.Second, answer),
            JobField.Parameters when Runs.RunArguments.Validate(answer).FirstOrDefault(p => p.IsError) is { } problem => problem.ToString(),
            JobField.Active when ParseYesNo(answer) is null => $"'{answer}' is not an answer; write Y or N (yes/no, any case)",
            _ => null,
        };
    }

    /// <summary>y, yes, n, no in any case (trimmed); null for anything else.</summary>
    public static bool? ParseYesNo(string answer) => answer.Trim().ToUpperInvariant() switch
    {
        "Y" or "YES" => true,
        "N" or "NO" => false,
        _ => null,
    };

    /// <summary>True when the timing can fire more than once in some minute (a job to warn about).</summary>
    public static bool FiresMoreThanOncePerMinute(Timing timing) =>
        System.Numerics.BitOperations.PopCount(timing.Second.Mask) > 1;

    private static string? TimeFieldError(TimeFieldKind kind, string answer) =>
        TimeFieldParser.Parse(kind, answer, out var errors) is null ? errors[0].Message : null;
}
