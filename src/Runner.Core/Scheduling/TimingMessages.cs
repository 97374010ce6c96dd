namespace Runner.Core.Scheduling;

/// <summary>Every error text of the time-field grammar, in one place.</summary>
internal static class TimingMessages
{
    private const string Forms = "'*', N, /N, A-B, */N, A-B/N or a comma list of these";

    public static string EmptyItem(TimeFieldKind kind) =>
        $"empty item in the {kind.Title()} list; remove the extra comma (allowed: {Forms})";

    public static string NotAValue(TimeFieldKind kind, string token) =>
        $"'{token}' is not a valid {kind.Title()}; allowed: {kind.AllowedValues()}, as {Forms}";

    public static string OutOfRange(TimeFieldKind kind, string token) =>
        $"{kind.Title()} {token} is out of range; allowed: {kind.AllowedValues()}";

    public static string WeekDayZero() =>
        "week day 0 is not valid: weeks run from 1 (Monday) to 7 (Sunday); write 7 or sun for Sunday";

    public static string NameInWrongField(TimeFieldKind kind, string token) =>
        $"'{token}' is a week-day name; the {kind.Title()} field takes {kind.AllowedValues()}";

    public static string ReversedRange(TimeFieldKind kind, string token, int from, int to) =>
        $"{kind.Title()} range '{token}' runs backwards; write {to}-{from} (ranges do not wrap around)";

    public static string ZeroStep(TimeFieldKind kind, string token) =>
        $"{kind.Title()} cycle '{token}' divides by 0; use a step of 1 or more";

    public static string StepTooLarge(TimeFieldKind kind, string token) =>
        $"{kind.Title()} cycle '{token}' has a step too large to be a number; allowed: 1-{kind.Max()}";

    public static string MatchesNothing(TimeFieldKind kind, string token) =>
        $"{kind.Title()} cycle '{token}' matches no value in {kind.Min()}-{kind.Max()}; use a smaller step";

    public static string BareStartStep(TimeFieldKind kind, string token, int start, int step) =>
        $"'{token}' is not supported in the {kind.Title()} field: write {start}-{kind.Max()}/{step} "
        + $"for every {step} from {start}, or /{step} for values divisible by {step}";
}
