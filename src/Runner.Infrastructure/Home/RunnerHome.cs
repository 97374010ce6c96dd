namespace Runner.Infrastructure.Home;

/// <summary>
/// The folder holding one installation (SPEC §1): config.ini, schedule.tsv, jobs/, logs/,
/// runner.db. Knows the paths; creates nothing by itself.
/// </summary>
public sealed class RunnerHome
{
    private readonly string _jobsPrefix;

    public RunnerHome(string path)
    {
        Root = Path.GetFullPath(path);
        JobsPath = Path.Combine(Root, "jobs");
        _jobsPrefix = JobsPath + Path.DirectorySeparatorChar;
    }

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "config.ini");

    public string JobsPath { get; }

    public string LogsPath => Path.Combine(Root, "logs");

    public string DatabasePath => Path.Combine(Root, "runner.db");

    /// <summary>Where the highest job id ever used is remembered, so ids are never reused after a delete.</summary>
    public string LastIdPath => Path.Combine(JobsPath, ".last-id");

    /// <summary>Emptied run logs kept for reuse by later runs (<see cref="Logs.RunLogFiles"/>).</summary>
    public string SpareLogsPath => Path.Combine(JobsPath, ".spare-logs");

    /// <summary>The lock file serializing every change of schedule.tsv, the config files and job folders.</summary>
    public string LockPath => Path.Combine(Root, ".runner.lock");

    public string JobPath(int id) => Path.Combine(JobsPath, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A job's config.ini, built in one allocation: the scheduler asks for it of every job at load and of a thousand a second after.</summary>
    public string JobConfigPath(int id) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_jobsPrefix}{id}{Path.DirectorySeparatorChar}config.ini");

    /// <summary>A path from a config file or schedule row: relative to the home, or absolute.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>A path as shown to users: relative to the home when inside it.</summary>
    public string Show(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
