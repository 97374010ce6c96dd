using Runner.Core.Configuration;
using Runner.Engine.Ports;

namespace Runner.Engine.Runs;

/// <summary>
/// Keeps runs and their logs by age and by count (<c>[LOG] keep_days</c>, <c>keep_runs</c>;
/// 0 keeps everything), applied to old runs too. Running runs are never touched.
/// </summary>
public sealed class Retention(IRunStore store, IRunLogs logs, ISettingsSource settings, TimeProvider time)
{
    /// <summary>Deletes what is past the limits; returns how many runs went.</summary>
    public int Apply()
    {
        if (LogSettings.From(settings.Load().Config, out _) is not { } limits)
        {
            return 0;
        }

        var olderThan = limits.KeepDays > 0 ? time.GetUtcNow().AddDays(-limits.KeepDays) : (DateTimeOffset?)null;
        var keepRuns = limits.KeepRuns > 0 ? limits.KeepRuns : (int?)null;
        if (olderThan is null && keepRuns is null)
        {
            return 0;
        }

        var deleted = store.Prune(olderThan, keepRuns);
        foreach (var path in deleted)
        {
            logs.Delete(path);
        }

        return deleted.Count;
    }
}
