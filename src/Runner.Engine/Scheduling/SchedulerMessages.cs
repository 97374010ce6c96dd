using System.Globalization;
using Runner.Core.Schedules;
using Runner.Engine.Jobs;
using Runner.Engine.Scheduling.Events;

namespace Runner.Engine.Scheduling;

/// <summary>The scheduler log's text of every event, in one place.</summary>
public static class SchedulerMessages
{
    /// <summary>One log line for the event (without timestamp and level).</summary>
    public static string Describe(SchedulerEvent e) => e switch
    {
        WokeUp w => $"woke up at {Instant(w.Now)}",
        Fired f => $"{Name(f.Job)}: fired {Instant(f.Scheduled)} ({Late(f.Lateness)} late)",
        MisfireRun m => $"{Name(m.Job)}: missed fire {Instant(m.Scheduled)} runs now ({Late(m.Lateness)} late, [JOB] misfire)",
        Skipped { Reason: SkipReason.Misfire } s => $"{Name(s.Job)}: missed fire {Instant(s.Scheduled)} SKIPPED ([JOB] misfire)",
        Skipped s => $"{Name(s.Job)}: fire {Instant(s.Scheduled)} SKIPPED: the previous run is still running ([JOB] overlap)",
        MisfiresSummarized m =>
            $"{Name(m.Job)}: {(m.CountIsLowerBound ? "at least " : string.Empty)}{m.Count.ToString(CultureInfo.InvariantCulture)} more missed fires "
            + $"from {Instant(m.First)} to {Instant(m.Last)} SKIPPED ([JOB] misfire)",
        ClaimRefused c => $"{Name(c.Job)}: fire {Instant(c.Scheduled)} already claimed in the fire ledger (another scheduler, or an earlier run of this one); not started again",
        FireFailed f => $"{Name(f.Job)}: fire {Instant(f.Scheduled)} NOT STARTED: {f.Error.Message}",
        ClockStepped c => $"the wall clock jumped {(c.Offset > TimeSpan.Zero ? "forward" : "backward")} by {Span(c.Offset.Duration())}: {Instant(c.From)} became {Instant(c.To)}"
            + (c.Offset > TimeSpan.Zero ? "; fires in between are missed fires ([JOB] misfire)" : "; fires already run are not repeated"),
        Reloaded { FromLedger: true } r => $"schedule loaded: {Count(r.JobCount)} active jobs planned, each after its last fire in the ledger",
        Reloaded r => $"schedule reloaded: {Count(r.JobCount)} active jobs ({Count(r.Added)} added, {Count(r.Changed)} retimed, {Count(r.Removed)} removed; the others keep their next fire)",
        ScheduleRejected r => $"schedule NOT reloaded, the last valid one stays in force: {Count(r.Errors.Count)} errors: "
            + string.Join("; ", r.Errors.Select(d => d.ToString())),
        JobsNotPlanned n => $"{Count(n.Invalid.Count)} jobs not planned for an invalid configuration, {Count(n.Fixed.Count)} planned again: "
            + string.Join("; ", n.Invalid.Select(NotPlanned).Concat(n.Fixed.Select(PlannedAgain))),
        Stopped s => $"stopping at {Instant(s.Now)}: no new fires",
        _ => e.ToString(),
    };

    /// <summary>The line of a job left out of the plan: its configuration is invalid (the errors follow).</summary>
    public static string NotPlanned(ResolvedJob job) =>
        $"{Name(job.Row)}: NOT planned and not run until its configuration is fixed: {Count(job.Problems.Count(p => p.IsError))} errors";

    /// <summary>The line of a job planned again once its configuration was fixed.</summary>
    public static string PlannedAgain(Job job) => $"{Name(job)}: its configuration is valid again; planned from its next fire";

    /// <summary>The line of a fire without its lateness (when <c>[LOG] showdelay</c> is off).</summary>
    public static string FiredPlain(Fired f) => $"{Name(f.Job)}: fired {Instant(f.Scheduled)}";

    private static string Name(Job job) => $"job {job.Name} (#{job.Id.ToString(CultureInfo.InvariantCulture)})";

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static string Late(TimeSpan lateness) => $"{lateness.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Span(TimeSpan span) => span.ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture);
}
