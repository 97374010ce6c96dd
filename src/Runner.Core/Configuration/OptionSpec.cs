namespace Runner.Core.Configuration;

/// <summary>
/// One option of the catalog: where it lives, its value syntax and default (as written in
/// config.ini), a one-line meaning, whether it is a secret, and the older names it answers to.
/// </summary>
public sealed record OptionSpec(string Section, string Name, OptionType Type, string Default, string Description)
{
    /// <summary>A secret is never shown: messages and listings print <c>***</c> instead.</summary>
    public bool IsSecret { get; init; }

    /// <summary>Older names read as this option (the seed's <c>ip</c> for <c>host</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The allowed values of a <see cref="OptionType.Choice"/>, canonical spelling.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Other words accepted for a choice, mapped to the canonical value (<c>True</c> → <c>starttls</c>).</summary>
    public IReadOnlyDictionary<string, string> Synonyms { get; init; } = new Dictionary<string, string>();

    /// <summary>The smallest allowed <see cref="OptionType.Number"/>.</summary>
    public long Minimum { get; init; }

    /// <summary>The largest allowed <see cref="OptionType.Number"/>.</summary>
    public long Maximum { get; init; } = int.MaxValue;

    /// <summary>The URL schemes a <see cref="OptionType.Url"/> may use.</summary>
    public IReadOnlyList<string> Schemes { get; init; } = [];

    public OptionKey Key => new(Section, Name);

    /// <summary>The environment variable that overrides this option: <c>RUNNER_&lt;SECTION&gt;_&lt;OPTION&gt;</c>.</summary>
    public string VariableName => $"RUNNER_{Section}_{Name.ToUpperInvariant()}";

    /// <summary>Whether <paramref name="name"/> is this option's name or one of its aliases, in any case.</summary>
    public bool Answers(string name) =>
        string.Equals(Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
        || Aliases.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The canonical choice <paramref name="text"/> stands for, or null.</summary>
    public string? Choice(string text)
    {
        var trimmed = text.Trim();
        return Choices.FirstOrDefault(c => string.Equals(c, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? Synonyms.FirstOrDefault(s => string.Equals(s.Key, trimmed, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>Null when <paramref name="text"/> is a valid value, else what is wrong and the allowed form.</summary>
    public string? Problem(string text)
    {
        var trimmed = text.Trim();
        return Type switch
        {
            OptionType.Flag => ValueSyntax.TryFlag(trimmed, out _) ? null : ConfigMessages.NotFlag,
            OptionType.Number => ValueSyntax.TryNumber(trimmed, out var n) && n >= Minimum && n <= Maximum
                ? null
                : ConfigMessages.NotNumber(Minimum, Maximum),
            OptionType.Size => ValueSyntax.TrySize(trimmed, out _) ? null : ConfigMessages.NotSize,
            OptionType.Seconds => ValueSyntax.TrySeconds(trimmed, out _) ? null : ConfigMessages.NotSeconds,
            OptionType.Choice => Choice(trimmed) is null ? ConfigMessages.NotChoice(Choices) : null,
            OptionType.Path => trimmed.Length == 0 ? ConfigMessages.EmptyPath(Default) : null,
            OptionType.Address => trimmed.Length == 0 || ValueSyntax.IsAddress(trimmed) ? null : ConfigMessages.NotAddress,
            OptionType.AddressList => ValueSyntax.Items(trimmed).FirstOrDefault(a => !ValueSyntax.IsAddress(a)) is { } bad
                ? ConfigMessages.NotAddressList(bad)
                : null,
            OptionType.TimeZone => trimmed.Length == 0 || ValueSyntax.IsTimeZoneId(trimmed) ? null : ConfigMessages.NotTimeZone,
            OptionType.Url => trimmed.Length == 0 || ValueSyntax.TryUrl(trimmed, Schemes, out _) ? null : ConfigMessages.NotUrl(Schemes),
            _ => null,
        };
    }
}
