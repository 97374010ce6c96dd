namespace Runner.Core.Configuration;

/// <summary>
/// Everything a <see cref="LayeredConfig"/> is built from, gathered by the caller: command-line
/// options, the process environment, the job's and the main config file with their includes,
/// and whether defaults are for Windows.
/// </summary>
public sealed record ConfigSources
{
    /// <summary>Options given on the command line; reported as <c>--option-name</c>.</summary>
    public IReadOnlyDictionary<OptionKey, string> CommandLine { get; init; } = new Dictionary<OptionKey, string>();

    /// <summary>The environment variables; only <c>RUNNER_&lt;SECTION&gt;_&lt;OPTION&gt;</c> of known options are read.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>The job's config.ini with its includes, or null for scheduler-wide settings.</summary>
    public ConfigFile? Job { get; init; }

    /// <summary>The main config.ini with its includes, or null when there is none.</summary>
    public ConfigFile? Main { get; init; }

    /// <summary>Whether the built-in environments are the Windows ones.</summary>
    public bool Windows { get; init; }
}
