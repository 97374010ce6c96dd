using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>The scheduler's own settings, from <c>[SCHEDULER]</c> and <c>[MANAGER]</c>.</summary>
/// <param name="Name">The scheduler's name.</param>
/// <param name="Description">The scheduler's description.</param>
/// <param name="TimeZoneId">The schedule's zone id, unresolved; empty: the machine's zone.</param>
/// <param name="Owner">Addresses alarmed about the scheduler and every job.</param>
/// <param name="StopGrace">How long running jobs get on a graceful stop.</param>
/// <param name="SchedulePath">The schedule file as written (relative to the home or absolute).</param>
/// <param name="Editor">The editor command; empty: $VISUAL, $EDITOR, then nano or notepad.</param>
public sealed record SchedulerSettings(
    string Name,
    string Description,
    string TimeZoneId,
    IReadOnlyList<string> Owner,
    TimeSpan StopGrace,
    string SchedulePath,
    string Editor)
{
    /// <summary>The settings, or null and every bad value.</summary>
    public static SchedulerSettings? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        const string Scheduler = SectionNames.Scheduler;
        var read = new SettingsReader(config);
        var settings = new SchedulerSettings(
            read.Text(Scheduler, "name"),
            read.Text(Scheduler, "description"),
            read.Text(Scheduler, "timezone"),
            read.Addresses(Scheduler, "owner"),
            read.Seconds(Scheduler, "stop_grace"),
            read.Text(Scheduler, "schedule"),
            read.Text(SectionNames.Manager, "editor"));
        errors = read.Errors;
        return errors.Count == 0 ? settings : null;
    }
}
