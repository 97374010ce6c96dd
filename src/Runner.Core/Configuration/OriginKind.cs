namespace Runner.Core.Configuration;

/// <summary>Where a configuration value came from, highest precedence first.</summary>
public enum OriginKind
{
    /// <summary>An option given on the command line, e.g. <c>--timeout</c>.</summary>
    CommandLine,

    /// <summary>An environment variable <c>RUNNER_&lt;SECTION&gt;_&lt;OPTION&gt;</c>.</summary>
    EnvironmentVariable,

    /// <summary>An ini file: a job's config.ini, the main config.ini or one they include.</summary>
    File,

    /// <summary>The catalog default.</summary>
    Default,
}
