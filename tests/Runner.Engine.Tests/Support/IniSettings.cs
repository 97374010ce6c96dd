using Runner.Core.Configuration;
using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// The settings of a home whose config.ini is <see cref="Text"/> (no job config.ini, includes or
/// environment variables), read again at every load as the real source reads the file.
/// </summary>
public sealed class IniSettings(string text = "", TimeZoneInfo? zone = null) : ISettingsSource
{
    public string Text { get; set; } = text;

    public bool IsWindows => false;

    public HomeSettings Load(int? jobId = null)
    {
        var document = IniDocument.Parse(Text, "config.ini", out var errors);
        var config = LayeredConfig.Create(new ConfigSources { Main = new ConfigFile(document) });
        return new HomeSettings(config, zone ?? TimeZoneInfo.Utc, [.. errors, .. config.Check()]);
    }
}
