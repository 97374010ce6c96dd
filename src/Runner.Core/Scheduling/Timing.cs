namespace Runner.Core.Scheduling;

/// <summary>
/// When a job fires: its five time fields, combined with AND (unlike cron, month day and
/// week day are not ORed). Pure: the caller passes the instant and the time zone.
/// </summary>
public sealed record Timing(TimeField MonthDay, TimeField WeekDay, TimeField Hour, TimeField Minute, TimeField Second)
{
    /// <summary>Every second of every day.</summary>
    public static Timing EverySecond { get; } = Parse("*", "*", "*", "*", "*");

    /// <summary>
    /// True when a repeated (fall-back) hour fires in both passes: the SECOND, MINUTE or HOUR
    /// field holds <c>*</c>, a range or a cycle (the Vixie cron and Cronos rule).
    /// </summary>
    public bool FiresInBothPasses => Second.IsInterval || Minute.IsInterval || Hour.IsInterval;

    /// <summary>Parses five field texts; on failure returns null and every error, by field.</summary>
    public static Timing? Parse(
        string monthDay, string weekDay, string hour, string minute, string second,
        out IReadOnlyList<(TimeFieldKind Field, FieldError Error)> errors)
    {
        var found = new List<(TimeFieldKind, FieldError)>();
        errors = found;
        var fields = new TimeField?[5];
        string[] texts = [monthDay, weekDay, hour, minute, second];
        for (var i = 0; i < texts.Length; i++)
        {
            var kind = (TimeFieldKind)i;
            fields[i] = TimeFieldParser.Parse(kind, texts[i], out var fieldErrors);
            found.AddRange(fieldErrors.Select(e => (kind, e)));
        }

        return found.Count > 0 ? null : new Timing(fields[0]!, fields[1]!, fields[2]!, fields[3]!, fields[4]!);
    }

    /// <summary>Parses five field texts or throws <see cref="FormatException"/> naming the first bad field.</summary>
    public static Timing Parse(string monthDay, string weekDay, string hour, string minute, string second) =>
        Parse(monthDay, weekDay, hour, minute, second, out var errors)
        ?? throw new FormatException($"{errors[0].Field.Column()}: {errors[0].Error.Message}");

    /// <summary>True when the local date-time <paramref name="local"/> matches all five fields.</summary>
    public bool Matches(DateTime local) =>
        MatchesDay(local) && Hour.Matches(local.Hour) && Minute.Matches(local.Minute) && Second.Matches(local.Second);

    /// <summary>True when the date of <paramref name="local"/> matches the month-day and week-day fields.</summary>
    public bool MatchesDay(DateTime local) => MonthDay.Matches(local.Day) && WeekDay.Matches(IsoWeekDay(local.DayOfWeek));

    /// <summary>The next fire strictly after <paramref name="from"/> in <paramref name="zone"/>, or null.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset from, TimeZoneInfo zone) => NextFire.After(this, from, zone);

    /// <summary>The next <paramref name="count"/> fires strictly after <paramref name="from"/>.</summary>
    public IEnumerable<DateTimeOffset> NextFires(DateTimeOffset from, TimeZoneInfo zone, int count)
    {
        var cursor = from;
        for (var i = 0; i < count && NextAfter(cursor, zone) is { } next; i++)
        {
            yield return next;
            cursor = next;
        }
    }

    /// <summary>1 = Monday ... 7 = Sunday.</summary>
    public static int IsoWeekDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    public override string ToString() => $"{MonthDay} {WeekDay} {Hour} {Minute} {Second}";
}
