using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>
/// A job's run policies, from <c>[JOB]</c> of its config.ini over the main config's <c>[JOB]</c>.
/// </summary>
/// <param name="Timeout">How long a run may take; null: no limit (<c>timeout = 0</c>).</param>
/// <param name="Overlap">What a fire does while the previous run still runs.</param>
/// <param name="Retries">Times a failed run is retried.</param>
/// <param name="RetryDelay">The wait before a retry.</param>
/// <param name="Misfire">What happens to missed fires.</param>
/// <param name="MisfireCap">Most missed fires run under <see cref="MisfirePolicy.All"/>.</param>
/// <param name="MisfireGrace">How late a fire may still start normally.</param>
/// <param name="Persons">Alarm recipients.</param>
/// <param name="AlarmAfter">Consecutive failures before an alarm.</param>
/// <param name="AlarmInterval">Least time between two alarms of the job while it keeps failing.</param>
public sealed record JobPolicy(
    TimeSpan? Timeout,
    OverlapPolicy Overlap,
    int Retries,
    TimeSpan RetryDelay,
    MisfirePolicy Misfire,
    int MisfireCap,
    TimeSpan MisfireGrace,
    IReadOnlyList<string> Persons,
    int AlarmAfter,
    TimeSpan AlarmInterval)
{
    /// <summary>The policy, or null and every bad value.</summary>
    public static JobPolicy? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        const string Job = SectionNames.Job;
        var read = new SettingsReader(config);
        var timeout = read.Seconds(Job, "timeout");
        var policy = new JobPolicy(
            timeout == TimeSpan.Zero ? null : timeout,
            read.Choice<OverlapPolicy>(Job, "overlap"),
            read.Number(Job, "retries"),
            read.Seconds(Job, "retry_delay"),
            read.Choice<MisfirePolicy>(Job, "misfire"),
            read.Number(Job, "misfire_cap"),
            read.Seconds(Job, "misfire_grace"),
            read.Addresses(Job, "persons"),
            read.Number(Job, "alarm_after"),
            read.Seconds(Job, "alarm_interval"));
        errors = read.Errors;
        return errors.Count == 0 ? policy : null;
    }
}
