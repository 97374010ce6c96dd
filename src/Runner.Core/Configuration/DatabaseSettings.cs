using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>The store, from <c>[DATABASE]</c>. <see cref="ToString"/> never shows the URL, which may hold a password.</summary>
/// <param name="Url">A PostgreSQL URL; null: the embedded runner.db.</param>
public sealed record DatabaseSettings(Uri? Url)
{
    /// <summary>The settings, or null and every bad value.</summary>
    public static DatabaseSettings? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        var read = new SettingsReader(config);
        var settings = new DatabaseSettings(read.Url(SectionNames.Database, "url"));
        errors = read.Errors;
        return errors.Count == 0 ? settings : null;
    }

    public override string ToString() => $"DatabaseSettings {{ Url = {Secret.Mask(Url?.ToString() ?? "")} }}";
}
