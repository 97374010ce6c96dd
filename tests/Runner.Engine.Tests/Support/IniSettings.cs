using Runner.Core.Configuration;
using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// The settings of a home whose config.ini is <see cref="Text"/> (no job config.ini, includes or
/// environment variables), parsed again when the text changed, as the real source parses the
/// file again when it changed.
/// </summary>
public sealed class IniSettings(string text = "", TimeZoneInfo? zone = null) : ISettingsSource
{
    public string Text { get; set; } = text;

    public bool IsWindows => false;

    private (string Text, HomeSettings Settings)? _loaded;

    public HomeSettings Load()
    {
        if (_loaded is { } loaded && loaded.Text == Text)
        {
            return loaded.Settings;
        }

        var document = IniDocument.Parse(Text, "config.ini", out var errors);
        var config = LayeredConfig.Create(new ConfigSources { Main = new ConfigFile(document) });
        var settings = new HomeSettings(config, zone ?? TimeZoneInfo.Utc, [.. errors, .. config.Check()]);
        _loaded = (Text, settings);
        return settings;
    }

    public JobConfig LoadJob(int jobId, HomeSettings main) => new(main.Config, [], string.Empty);

    public string JobVersion(int jobId) => string.Empty;
}
