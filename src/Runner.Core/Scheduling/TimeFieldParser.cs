using System.Globalization;

namespace Runner.Core.Scheduling;

/// <summary>
/// Parses one time field. Grammar (docs/time-fields.md): a comma list of items, each
/// <c>*</c>, <c>N</c>, <c>/N</c> (values divisible by N), <c>A-B</c>, <c>*/N</c> or
/// <c>A-B/N</c>; an empty or whitespace-only field means <c>*</c>. Collects every error.
/// </summary>
public static class TimeFieldParser
{
    /// <summary>Parses <paramref name="text"/>; on failure returns null and every error.</summary>
    public static TimeField? Parse(TimeFieldKind kind, string text, out IReadOnlyList<FieldError> errors)
    {
        var found = new List<FieldError>();
        errors = found;
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "*")
        {
            return new TimeField(kind, TimeField.AllMask(kind), isInterval: true, trimmed);
        }

        ulong mask = 0;
        var isInterval = false;
        var start = 0;
        while (start <= text.Length)
        {
            var comma = text.IndexOf(',', start);
            var end = comma < 0 ? text.Length : comma;
            var item = ParseItem(kind, text, start, end, found);
            if (item is var (itemMask, itemInterval))
            {
                mask |= itemMask;
                isInterval |= itemInterval;
            }

            start = end + 1;
        }

        return found.Count == 0 ? new TimeField(kind, mask, isInterval, trimmed) : null;
    }

    /// <summary>Parses <paramref name="text"/> or throws <see cref="FormatException"/> with the first error.</summary>
    public static TimeField Parse(TimeFieldKind kind, string text) =>
        Parse(kind, text, out var errors) ?? throw new FormatException(errors[0].Message);

    private static (ulong Mask, bool IsInterval)? ParseItem(
        TimeFieldKind kind, string text, int start, int end, List<FieldError> errors)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var token = text[start..end];
        if (token.Length == 0)
        {
            errors.Add(new FieldError(start, TimingMessages.EmptyItem(kind)));
            return null;
        }

        if (token == "*")
        {
            return (TimeField.AllMask(kind), true);
        }

        var slash = token.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ParseRangeOrValue(kind, token, start, errors) is var (from, to)
                ? (TimeField.RangeMask(from, to), from != to)
                : null;
        }

        var stepText = token[(slash + 1)..];
        if (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out var step))
        {
            var message = stepText.Length > 0 && stepText.All(char.IsAsciiDigit)
                ? TimingMessages.StepTooLarge(kind, token)
                : TimingMessages.NotAValue(kind, token);
            errors.Add(new FieldError(start + slash + 1, message));
            return null;
        }

        if (step == 0)
        {
            errors.Add(new FieldError(start + slash + 1, TimingMessages.ZeroStep(kind, token)));
            return null;
        }

        var basis = token[..slash];
        if (basis.Length == 0)
        {
            return Divisible(kind, token, step, start, errors);
        }

        if (basis == "*")
        {
            return (Stepped(kind.Min(), kind.Max(), step), true);
        }

        if (basis.Contains('-', StringComparison.Ordinal))
        {
            return ParseRangeOrValue(kind, basis, start, errors) is var (from, to)
                ? (Stepped(from, to, step), true)
                : null;
        }

        if (ParseValue(kind, basis, start, errors) is int single)
        {
            errors.Add(new FieldError(start, TimingMessages.BareStartStep(kind, token, single, step)));
        }

        return null;
    }

    private static (ulong, bool)? Divisible(TimeFieldKind kind, string token, int step, int offset, List<FieldError> errors)
    {
        ulong mask = 0;
        for (var v = kind.Min(); v <= kind.Max(); v++)
        {
            if (v % step == 0)
            {
                mask |= 1UL << v;
            }
        }

        if (mask == 0)
        {
            errors.Add(new FieldError(offset, TimingMessages.MatchesNothing(kind, token)));
            return null;
        }

        return (mask, true);
    }

    private static ulong Stepped(int from, int to, int step)
    {
        ulong mask = 0;
        for (long v = from; v <= to; v += step)
        {
            mask |= 1UL << (int)v;
        }

        return mask;
    }

    private static (int From, int To)? ParseRangeOrValue(TimeFieldKind kind, string token, int offset, List<FieldError> errors)
    {
        var dash = token.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return ParseValue(kind, token, offset, errors) is int v ? (v, v) : null;
        }

        var from = ParseValue(kind, token[..dash], offset, errors);
        var to = ParseValue(kind, token[(dash + 1)..], offset + dash + 1, errors);
        if (from is null || to is null)
        {
            return null;
        }

        if (from > to)
        {
            errors.Add(new FieldError(offset, TimingMessages.ReversedRange(kind, token, from.Value, to.Value)));
            return null;
        }

        return (from.Value, to.Value);
    }

    private static int? ParseValue(TimeFieldKind kind, string token, int offset, List<FieldError> errors)
    {
        if (token.Length > 0 && token.All(char.IsAsciiDigit))
        {
            var parsed = int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
            if (!parsed || value < kind.Min() || value > kind.Max())
            {
                var message = parsed && value == 0 && kind == TimeFieldKind.WeekDay
                    ? TimingMessages.WeekDayZero()
                    : TimingMessages.OutOfRange(kind, token);
                errors.Add(new FieldError(offset, message));
                return null;
            }

            return value;
        }

        if (TimeFieldKindInfo.WeekDayByName(token) is int day)
        {
            if (kind == TimeFieldKind.WeekDay)
            {
                return day;
            }

            errors.Add(new FieldError(offset, TimingMessages.NameInWrongField(kind, token)));
            return null;
        }

        errors.Add(new FieldError(offset, TimingMessages.NotAValue(kind, token)));
        return null;
    }
}
