namespace Runner.Infrastructure.Home;

/// <summary>
/// The folder holding one installation (SPEC §1): config.ini, schedule.tsv, jobs/, logs/,
/// runner.db. Knows the paths; creates nothing by itself.
/// </summary>
public sealed class RunnerHome
{
    public RunnerHome(string path) => Root = Path.GetFullPath(path);

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "config.ini");

    public string JobsPath => Path.Combine(Root, "jobs");

    public string LogsPath => Path.Combine(Root, "logs");

    public string DatabasePath => Path.Combine(Root, "runner.db");

    /// <summary>Where the highest job id ever used is remembered, so ids are never reused after a delete.</summary>
    public string LastIdPath => Path.Combine(JobsPath, ".last-id");

    /// <summary>Emptied run logs kept for reuse by later runs (<see cref="Logs.RunLogFiles"/>).</summary>
    public string SpareLogsPath => Path.Combine(JobsPath, ".spare-logs");

    /// <summary>The lock file serializing every change of schedule.tsv, the config files and job folders.</summary>
    public string LockPath => Path.Combine(Root, ".runner.lock");

    public string JobPath(int id) => Path.Combine(JobsPath, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string JobConfigPath(int id) => Path.Combine(JobPath(id), "config.ini");

    /// <summary>A path from a config file or schedule row: relative to the home, or absolute.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>A path as shown to users: relative to the home when inside it.</summary>
    public string Show(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
