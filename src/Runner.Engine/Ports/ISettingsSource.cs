namespace Runner.Engine.Ports;

/// <summary>
/// Loads the configuration in force: the main config.ini with its includes, a job's config.ini
/// with its includes laid over it, the environment and the command-line options. The main
/// configuration is parsed once per version of its files and shared by every job.
/// </summary>
public interface ISettingsSource
{
    /// <summary>The scheduler-wide settings; the same object until config.ini or one of its includes changes.</summary>
    HomeSettings Load();

    /// <summary>
    /// A job's config.ini (and its includes) over <paramref name="main"/>: reads the job's files
    /// only; its problems are those of the job's own files.
    /// </summary>
    JobConfig LoadJob(int jobId, HomeSettings main);

    /// <summary>A cheap stamp of the job's files (sizes and write times): a new value means the job must be resolved again.</summary>
    string JobVersion(int jobId);

    /// <summary>True when the host is Windows (default environments and script templates differ).</summary>
    bool IsWindows { get; }
}
