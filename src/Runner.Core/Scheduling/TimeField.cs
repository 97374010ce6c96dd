using System.Numerics;

namespace Runner.Core.Scheduling;

/// <summary>
/// One parsed time field: the set of values it matches, kept as a bit mask (bit v set when
/// value v matches). Immutable; build it with <see cref="TimeFieldParser"/>.
/// </summary>
public sealed class TimeField : IEquatable<TimeField>
{
    internal TimeField(TimeFieldKind kind, ulong mask, bool isInterval, string text)
    {
        Kind = kind;
        Mask = mask;
        IsInterval = isInterval;
        Text = text;
    }

    public TimeFieldKind Kind { get; }

    /// <summary>Bit v is set when value v matches.</summary>
    public ulong Mask { get; }

    /// <summary>
    /// True when the field holds <c>*</c>, an empty text, a range or a cycle: such hour,
    /// minute and second fields fire in both passes of a repeated (fall-back) hour.
    /// </summary>
    public bool IsInterval { get; }

    /// <summary>The text the field was parsed from, trimmed.</summary>
    public string Text { get; }

    /// <summary>True when every value of the field's range matches.</summary>
    public bool IsEvery => Mask == AllMask(Kind);

    public bool Matches(int value) => value is >= 0 and < 64 && (Mask & (1UL << value)) != 0;

    /// <summary>The smallest matching value not below <paramref name="from"/>, or -1.</summary>
    public int NextAtOrAfter(int from)
    {
        if (from > Kind.Max())
        {
            return -1;
        }

        var rest = Mask >> from;
        return rest == 0 ? -1 : from + BitOperations.TrailingZeroCount(rest);
    }

    /// <summary>The smallest matching value.</summary>
    public int First => BitOperations.TrailingZeroCount(Mask);

    /// <summary>The matching values in ascending order.</summary>
    public IEnumerable<int> Values()
    {
        for (var v = Kind.Min(); v <= Kind.Max(); v++)
        {
            if (Matches(v))
            {
                yield return v;
            }
        }
    }

    internal static ulong AllMask(TimeFieldKind kind) => RangeMask(kind.Min(), kind.Max());

    internal static ulong RangeMask(int from, int to) => (ulong.MaxValue >> (63 - to)) & ~((1UL << from) - 1);

    public bool Equals(TimeField? other) =>
        other is not null && other.Kind == Kind && other.Mask == Mask && other.IsInterval == IsInterval;

    public override bool Equals(object? obj) => Equals(obj as TimeField);

    public override int GetHashCode() => HashCode.Combine(Kind, Mask, IsInterval);

    public override string ToString() => Text.Length == 0 ? "*" : Text;
}
