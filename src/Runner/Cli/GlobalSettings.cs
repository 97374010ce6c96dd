namespace Runner.Cli;

/// <summary>The options every command takes (<see cref="GlobalOptions"/> fills them from the command line).</summary>
internal class GlobalSettings
{
    /// <summary>The home folder; default: $RUNNER_HOME, else the current folder.</summary>
    public string? Home { get; set; }

    /// <summary>Answer yes to every confirmation.</summary>
    public bool Yes { get; set; }

    /// <summary>Machine-readable output.</summary>
    public bool Json { get; set; }

    /// <summary>Plain output (Runner writes no color codes when output is not a terminal anyway).</summary>
    public bool NoColor { get; set; }

    /// <summary>Show stack traces of unexpected errors.</summary>
    public bool Debug { get; set; }
}
