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

    /// <summary>
    /// The error of a <c>[DATABASE] url</c> that is set (in a file, the environment or on the
    /// command line), while this version keeps everything in runner.db: a set URL is never
    /// silently ignored. Null when it is empty. The message names the place, never the URL.
    /// </summary>
    public static Diagnostic? NotSupportedYet(LayeredConfig config)
    {
        if (config.Get(SectionNames.Database, "url") is not { } value || value.Value.Trim().Length == 0)
        {
            return null;
        }

        return value.Origin.Report(
            "[DATABASE] url is set, but this version of runner keeps its history, ledger and outbox in the embedded runner.db only "
            + "(PostgreSQL is not supported yet); remove the option or leave it empty to use runner.db");
    }

    public override string ToString() => $"DatabaseSettings {{ Url = {Secret.Mask(Url?.ToString() ?? "")} }}";
}
