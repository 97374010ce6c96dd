using Runner.Core.Configuration;
using Runner.Core.Diagnostics;
using Runner.Engine.Notifications;
using Runner.Engine.Ports;

namespace Runner.Engine.Jobs;

/// <summary>
/// What a job's configuration says, parsed once: its policy (<c>[JOB]</c>), its misfire rule,
/// its log settings (<c>[LOG]</c>) and its alarm channels. Jobs without options of their own
/// share one instance, the main configuration's.
/// </summary>
/// <param name="Config">The layered configuration it was read from.</param>
/// <param name="Policy">Timeout, overlap, retries, misfire, persons, alarm thresholds.</param>
/// <param name="Misfire">The misfire rule of <paramref name="Policy"/>.</param>
/// <param name="Log">Run-log cap and retention.</param>
/// <param name="Alarms">E-mail, webhook and recipients for the job's alarms.</param>
public sealed record JobSettings(LayeredConfig Config, JobPolicy Policy, MisfireRule Misfire, LogSettings Log, AlarmChannels Alarms)
{
    /// <summary>The settings, or null and every bad value that makes the job unable to run.</summary>
    public static JobSettings? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        var policy = JobPolicy.From(config, out var policyErrors);
        var log = LogSettings.From(config, out var logErrors);
        if (policy is null || log is null)
        {
            errors = [.. policyErrors, .. logErrors];
            return null;
        }

        errors = [];
        return new JobSettings(config, policy, MisfireRule.From(policy), log, AlarmChannels.Of(config, policy.Persons));
    }
}
