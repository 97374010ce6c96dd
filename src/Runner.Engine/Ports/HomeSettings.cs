using Runner.Core.Configuration;
using Runner.Core.Diagnostics;

namespace Runner.Engine.Ports;

/// <summary>
/// The configuration in force for the scheduler or one job: the layered config, the resolved
/// schedule time zone, and every problem found while loading it.
/// </summary>
public sealed record HomeSettings(LayeredConfig Config, TimeZoneInfo Zone, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>The names of the defined environments.</summary>
    public IReadOnlyList<string> Environments => [.. Config.Environments().Select(e => e.Key.Option)];

    /// <summary>The command of an environment, or null when it is not defined.</summary>
    public string? EnvironmentCommand(string name) =>
        Config.Environments().FirstOrDefault(e => string.Equals(e.Key.Option, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
