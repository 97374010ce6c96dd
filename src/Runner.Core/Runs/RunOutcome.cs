namespace Runner.Core.Runs;

/// <summary>
/// How a run ended, or <see cref="Running"/> while it runs. Written upper-case (<c>DONE</c>)
/// in the history and the log; the numbers are stable for storage.
/// </summary>
public enum RunOutcome
{
    /// <summary>Started and not yet ended.</summary>
    Running = 0,

    /// <summary>The program exited with code 0.</summary>
    Done = 1,

    /// <summary>The program exited with another code (or could not be started).</summary>
    Failed = 2,

    /// <summary>The run took longer than the job's <c>timeout</c>; its process tree was ended.</summary>
    Timeout = 3,

    /// <summary>Ended from outside: a stop of the scheduler past its grace, or <c>overlap = replace</c>.</summary>
    Killed = 4,

    /// <summary>The scheduler died during the run and its end could not be observed.</summary>
    Lost = 5,

    /// <summary>Never started: the overlap or misfire policy skipped the fire.</summary>
    Skipped = 6,
}
