using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>
/// Reads catalog options from a <see cref="LayeredConfig"/> as typed values, collecting a
/// diagnostic at the value's origin for each bad one (and returning a neutral value instead).
/// </summary>
internal sealed class SettingsReader(LayeredConfig config)
{
    private readonly List<Diagnostic> _errors = [];

    public IReadOnlyList<Diagnostic> Errors => _errors;

    public bool Flag(string section, string option) =>
        Valid(section, option) is { } text && ValueSyntax.TryFlag(text, out var value) && value;

    public int Number(string section, string option) =>
        Valid(section, option) is { } text && ValueSyntax.TryNumber(text, out var value) ? (int)value : 0;

    public long Size(string section, string option) =>
        Valid(section, option) is { } text && ValueSyntax.TrySize(text, out var value) ? value : 0;

    public TimeSpan Seconds(string section, string option) =>
        Valid(section, option) is { } text && ValueSyntax.TrySeconds(text, out var value) ? value : TimeSpan.Zero;

    public T Choice<T>(string section, string option)
        where T : struct, Enum =>
        Valid(section, option) is { } text && Enum.TryParse<T>(OptionCatalog.Find(section, option)!.Choice(text), true, out var value)
            ? value
            : default;

    public string Text(string section, string option) => Valid(section, option) ?? "";

    public IReadOnlyList<string> Addresses(string section, string option) =>
        Valid(section, option) is { } text ? ValueSyntax.Items(text) : [];

    public Uri? Url(string section, string option) =>
        Valid(section, option) is { Length: > 0 } text && ValueSyntax.TryUrl(text, OptionCatalog.Find(section, option)!.Schemes, out var url)
            ? url
            : null;

    /// <summary>Reports <paramref name="message"/> at the origin of <paramref name="option"/> unless <paramref name="holds"/>.</summary>
    public void Require(bool holds, string section, string option, string message)
    {
        if (!holds)
        {
            _errors.Add(Value(section, option).Origin.Report(message));
        }
    }

    private ConfigValue Value(string section, string option) =>
        config.Get(section, option) ?? throw new ArgumentException(ConfigMessages.NotInCatalog(section, option), nameof(option));

    private string? Valid(string section, string option)
    {
        var value = Value(section, option);
        var spec = OptionCatalog.Find(section, option)!;
        if (spec.Problem(value.Value) is { } problem)
        {
            _errors.Add(value.Origin.Report(ConfigMessages.BadValue(spec, value, problem)));
            return null;
        }

        return value.Value.Trim();
    }
}
