namespace Runner.Core.Configuration;

/// <summary>A section and an option name; equal regardless of case.</summary>
public sealed record OptionKey(string Section, string Option)
{
    public bool Equals(OptionKey? other) =>
        other is not null
        && string.Equals(Section, other.Section, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Option, other.Option, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() =>
        HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(Section),
            StringComparer.OrdinalIgnoreCase.GetHashCode(Option));

    public override string ToString() => $"[{Section}] {Option}";
}
