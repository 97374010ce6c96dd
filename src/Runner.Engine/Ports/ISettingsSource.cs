namespace Runner.Engine.Ports;

/// <summary>Loads the configuration in force: the main config.ini, a job's config.ini, includes, environment, options.</summary>
public interface ISettingsSource
{
    /// <summary>The scheduler-wide settings, or a job's when <paramref name="jobId"/> is given.</summary>
    HomeSettings Load(int? jobId = null);

    /// <summary>True when the host is Windows (default environments and script templates differ).</summary>
    bool IsWindows { get; }
}
