namespace Runner.Core.Configuration;

/// <summary>
/// A resolved configuration value: the option it sets (canonical section and name), the name
/// it was written under (an alias such as <c>ip</c>, or the canonical name), the raw value
/// text and where it came from.
/// </summary>
public sealed record ConfigValue(OptionKey Key, string Name, string Value, ValueOrigin Origin)
{
    /// <summary>The value as listings show it: <c>***</c> for a non-empty secret.</summary>
    public string Shown => OptionCatalog.Find(Key.Section, Key.Option) is { IsSecret: true } ? Secret.Mask(Value) : Value;
}
