using Runner.Engine.Jobs;

namespace Runner.Infrastructure.Home;

/// <summary>
/// Notices changed config files for the running scheduler: every <see cref="Period"/> the
/// catalog looks at the main config.ini and its includes, at the files of the jobs whose
/// configuration is invalid, and at those of the next <see cref="SweepPerPeriod"/> jobs (a round
/// over the whole schedule), and resolves again what changed (<see cref="JobCatalog.Refresh"/>).
/// A job's config.ini edit applies within a second for up to that many jobs, within
/// jobs / <see cref="SweepPerPeriod"/> seconds beyond. Runs on a timer thread, never the loop's.
/// </summary>
public sealed class ConfigWatcher(JobCatalog catalog, Action<string> warn, TimeProvider time) : IDisposable
{
    /// <summary>How often the files are looked at.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <summary>Job config files looked at per period (a file-system stat each).</summary>
    public const int SweepPerPeriod = 1_000;

    private readonly Lock _gate = new();
    private ITimer? _timer;

    public void Start() => _timer = time.CreateTimer(static s => ((ConfigWatcher)s!).Check(), this, Period, Period);

    /// <summary>Looks once (thread-safe; a check still running makes this one return at once).</summary>
    public void Check()
    {
        if (!_gate.TryEnter())
        {
            return;
        }

        try
        {
            catalog.Refresh(SweepPerPeriod);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn($"configuration not read again: {e.Message}; the settings in force stay");
        }
        finally
        {
            _gate.Exit();
        }
    }

    public void Dispose() => _timer?.Dispose();
}
