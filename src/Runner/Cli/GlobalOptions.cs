using System.CommandLine;

namespace Runner.Cli;

/// <summary>
/// The options every command takes, declared once on the root command and recursive, so they are
/// recognized before the command's words (<c>runner --home X list jobs</c>) as well as after them.
/// </summary>
internal sealed class GlobalOptions
{
    private readonly Option<string?> _home = new("--home");
    private readonly Option<bool> _yes = new("--yes", "-y");
    private readonly Option<bool> _json = new("--json");
    private readonly Option<bool> _noColor = new("--no-color");
    private readonly Option<bool> _debug = new("--debug");

    public void AddTo(Command root)
    {
        foreach (Option option in (Option[])[_home, _yes, _json, _noColor, _debug])
        {
            option.Recursive = true;
            root.Add(CliValues.LastWins(option));
        }
    }

    /// <summary>Sets the global options of <paramref name="settings"/> from <paramref name="parse"/>, and returns it.</summary>
    public T Fill<T>(T settings, ParseResult parse)
        where T : GlobalSettings
    {
        settings.Home = parse.GetValue(_home);
        settings.Yes = parse.GetValue(_yes);
        settings.Json = parse.GetValue(_json);
        settings.NoColor = parse.GetValue(_noColor);
        settings.Debug = parse.GetValue(_debug);
        return settings;
    }
}
