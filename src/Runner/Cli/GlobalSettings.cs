using System.ComponentModel;
using Spectre.Console.Cli;

namespace Runner.Cli;

/// <summary>Options every command takes.</summary>
internal class GlobalSettings : CommandSettings
{
    [CommandOption("--home <DIR>")]
    [Description("The home folder; default: $RUNNER_HOME, else the current folder.")]
    public string? Home { get; init; }

    [CommandOption("--yes|-y")]
    [Description("Answer yes to every confirmation.")]
    public bool Yes { get; init; }

    [CommandOption("--json")]
    [Description("Machine-readable output.")]
    public bool Json { get; init; }

    [CommandOption("--no-color")]
    [Description("Plain output (Runner writes no color codes when output is not a terminal anyway).")]
    public bool NoColor { get; init; }

    [CommandOption("--debug")]
    [Description("Show stack traces of unexpected errors.")]
    public bool Debug { get; init; }
}
