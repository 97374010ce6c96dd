using Runner.Core.Diagnostics;
using Runner.Core.Schedules;

namespace Runner.Engine.Jobs;

/// <summary>
/// A job as every consumer takes it (the scheduler loop, the dispatcher, the run pipeline,
/// alarms, the web GUI, the command line): its schedule row with its configuration resolved
/// once, when the schedule or a config file changed. No consumer reads a file for it.
/// </summary>
/// <param name="Row">The row of the schedule.</param>
/// <param name="Settings">Its parsed settings; null when its configuration is invalid (<paramref name="Problems"/> say why): the job is then not planned and does not run.</param>
/// <param name="EnvironmentCommand">The command of its ENVIRONMENT (empty when the FILE runs by itself); null when the environment is not defined.</param>
/// <param name="Zone">The time zone of its fires, triggers and log times.</param>
/// <param name="Problems">Errors and warnings of the job's own config files, and the errors that make <paramref name="Settings"/> null.</param>
/// <param name="Version">The stamp of the job's config files when they were read.</param>
public sealed record ResolvedJob(Job Row, JobSettings? Settings, string? EnvironmentCommand, TimeZoneInfo Zone, IReadOnlyList<Diagnostic> Problems, string Version)
{
    public int Id => Row.Id;

    public string Name => Row.Name;

    /// <summary>True when its configuration is valid: the job is planned and may run.</summary>
    public bool IsValid => Settings is not null;

    /// <summary>The settings of a valid job.</summary>
    /// <exception cref="InvalidOperationException">The job's configuration is invalid.</exception>
    public JobSettings Valid => Settings ?? throw new InvalidOperationException($"job {Row.Id} has an invalid configuration: {string.Join("; ", Problems.Where(p => p.IsError))}");
}
