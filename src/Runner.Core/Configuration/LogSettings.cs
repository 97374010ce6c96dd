using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>Log governance, from <c>[LOG]</c>.</summary>
/// <param name="Console">Write the scheduler's log to the console instead of files.</param>
/// <param name="LimitByDay">Start a new scheduler log file each day.</param>
/// <param name="LimitBySize">Start a new scheduler log file at <paramref name="MaxSize"/>.</param>
/// <param name="MaxSize">Bytes of a scheduler log file.</param>
/// <param name="ShowTime">Log each wake-up.</param>
/// <param name="ShowDelay">Log each fire's lateness.</param>
/// <param name="KeepDays">Days run logs are kept; 0: all.</param>
/// <param name="KeepRuns">Run logs kept per job; 0: all.</param>
/// <param name="RunMaxSize">Bytes of one run's log before it is cut; 0: no cap.</param>
public sealed record LogSettings(
    bool Console,
    bool LimitByDay,
    bool LimitBySize,
    long MaxSize,
    bool ShowTime,
    bool ShowDelay,
    int KeepDays,
    int KeepRuns,
    long RunMaxSize)
{
    /// <summary>The settings, or null and every bad value.</summary>
    public static LogSettings? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        const string Log = SectionNames.Log;
        var read = new SettingsReader(config);
        var settings = new LogSettings(
            read.Flag(Log, "console"),
            read.Flag(Log, "limit_by_day"),
            read.Flag(Log, "limit_by_size"),
            read.Size(Log, "max_size"),
            read.Flag(Log, "showtime"),
            read.Flag(Log, "showdelay"),
            read.Number(Log, "keep_days"),
            read.Number(Log, "keep_runs"),
            read.Size(Log, "run_max_size"));
        errors = read.Errors;
        return errors.Count == 0 ? settings : null;
    }
}
