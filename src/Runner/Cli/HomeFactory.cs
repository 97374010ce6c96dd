namespace Runner.Cli;

/// <summary>
/// Opens the home a command names: <c>--home</c>, else <c>RUNNER_HOME</c>, else the current
/// folder. Holds what the composition root read from the machine: environment, clock, zone
/// and host facts (the last two read on first use).
/// </summary>
internal sealed class HomeFactory(IReadOnlyDictionary<string, string> variables, string currentFolder, TimeProvider time, Lazy<TimeZoneInfo> machineZone, Lazy<Engine.Ports.HostFacts> host)
{
    private HomeAhead? _ahead;

    public IReadOnlyDictionary<string, string> Variables => variables;

    public string Resolve(GlobalSettings settings) =>
        settings.Home is { Length: > 0 } home ? Path.GetFullPath(home, currentFolder)
        : variables.TryGetValue("RUNNER_HOME", out var fromEnvironment) && fromEnvironment.Length > 0 ? Path.GetFullPath(fromEnvironment, currentFolder)
        : currentFolder;

    /// <summary>
    /// Starts opening, on another thread, the home that <paramref name="homeOption"/> (the <c>--home</c>
    /// the command line seems to give) names: reading its configuration then overlaps the framework's
    /// parse of the command line. <see cref="Open"/> takes it when the parsed options name the same folder.
    /// </summary>
    public void OpenAhead(string? homeOption)
    {
        string root;
        try
        {
            root = Resolve(new GlobalSettings { Home = homeOption });
        }
        catch (ArgumentException)
        {
            return; // Not a folder name: the command reports it where it did, after the parse.
        }

        _ahead = new HomeAhead(root, () => Create(root));
    }

    public HomeServices Open(GlobalSettings settings)
    {
        var root = Resolve(settings);
        return Interlocked.Exchange(ref _ahead, null)?.Take(root) ?? Create(root);
    }

    private HomeServices Create(string root) =>
        new(new Infrastructure.Home.RunnerHome(root), variables, time, machineZone, host);
}
