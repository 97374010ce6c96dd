using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Status;

namespace Runner.Web;

/// <summary>
/// What the web GUI works on: the same application services as the command line (jobs, run
/// history, settings), the running scheduler's dispatcher (run now) and status, and its log.
/// </summary>
/// <param name="HomeRoot">The home folder (run logs are read only from below it).</param>
/// <param name="Jobs">List, enable, disable, edit: validated by the core, locked, written atomically.</param>
/// <param name="Store">The run history.</param>
/// <param name="FindJob">The resolved job in force with an id, or null.</param>
/// <param name="RunNow">Hands a job to the scheduler's dispatcher for a manual run (overlap policy applies); returns the run it recorded and what became of it.</param>
/// <param name="Status">The scheduler's counters.</param>
/// <param name="Settings">The home's configuration.</param>
/// <param name="Time">The clock.</param>
/// <param name="Log">Writes a line (level, message) to the scheduler's log.</param>
public sealed record WebServices(
    string HomeRoot,
    JobService Jobs,
    IRunStore Store,
    Func<int, ResolvedJob?> FindJob,
    Func<ResolvedJob, DateTimeOffset, Dispatched> RunNow,
    SchedulerStatus Status,
    ISettingsSource Settings,
    TimeProvider Time,
    Action<string, string> Log);
