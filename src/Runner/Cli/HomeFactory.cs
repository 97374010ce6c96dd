namespace Runner.Cli;

/// <summary>
/// Opens the home a command names: <c>--home</c>, else <c>RUNNER_HOME</c>, else the current
/// folder. Holds what the composition root read from the machine: environment, clock, zone
/// and host facts (the last two read on first use).
/// </summary>
internal sealed class HomeFactory(IReadOnlyDictionary<string, string> variables, string currentFolder, TimeProvider time, Lazy<TimeZoneInfo> machineZone, Lazy<Engine.Ports.HostFacts> host)
{
    public IReadOnlyDictionary<string, string> Variables => variables;

    public string Resolve(GlobalSettings settings) =>
        settings.Home is { Length: > 0 } home ? Path.GetFullPath(home, currentFolder)
        : variables.TryGetValue("RUNNER_HOME", out var fromEnvironment) && fromEnvironment.Length > 0 ? Path.GetFullPath(fromEnvironment, currentFolder)
        : currentFolder;

    public HomeServices Open(GlobalSettings settings) =>
        new(new Infrastructure.Home.RunnerHome(Resolve(settings)), variables, time, machineZone, host);
}
