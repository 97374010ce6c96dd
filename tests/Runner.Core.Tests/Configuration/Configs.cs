using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

/// <summary>Builds layered configurations from text for the tests.</summary>
internal static class Configs
{
    public const string MainSource = "config.ini";
    public const string JobSource = "jobs/7/config.ini";

    public static IniDocument Ini(string text, string source = MainSource) => IniDocument.Parse(text, source, out _);

    public static LayeredConfig Layered(
        string? main = null,
        string? job = null,
        IReadOnlyDictionary<string, string>? variables = null,
        IReadOnlyDictionary<OptionKey, string>? commandLine = null) =>
        LayeredConfig.Create(new ConfigSources
        {
            Main = main is null ? null : new ConfigFile(Ini(main)),
            Job = job is null ? null : new ConfigFile(Ini(job, JobSource)),
            Variables = variables ?? new Dictionary<string, string>(),
            CommandLine = commandLine ?? new Dictionary<OptionKey, string>(),
        });

    public static Dictionary<string, string> Variables(string name, string value) => new() { [name] = value };

    public static Dictionary<OptionKey, string> Options(string section, string option, string value) =>
        new() { [new OptionKey(section, option)] = value };
}
