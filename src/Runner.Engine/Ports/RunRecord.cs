using Runner.Core.Runs;

namespace Runner.Engine.Ports;

/// <summary>One run in the history: what ran, for which trigger, when, how it ended, where its log is.</summary>
/// <param name="RunId">Unique, increasing.</param>
/// <param name="JobId">The job's id.</param>
/// <param name="JobName">The job's name at the time of the run.</param>
/// <param name="Trigger">The instant the run is for.</param>
/// <param name="Scheduled">The scheduled instant of the fire it runs; null for a manual run.</param>
/// <param name="Started">When the process started (or the run was skipped).</param>
/// <param name="Finished">When it ended; null while running.</param>
/// <param name="Outcome">How it ended; <see cref="RunOutcome.Running"/> while running.</param>
/// <param name="ExitCode">The exit status (128 + signal when ended by one); null when unknown.</param>
/// <param name="Attempt">1 for the first attempt of a fire, 2 for its first retry, ...</param>
/// <param name="Host">The machine it ran on.</param>
/// <param name="Pid">The process id; null when no process was started.</param>
/// <param name="LogPath">The run's log file; null when none was written.</param>
/// <param name="Message">Why it was skipped, lost or could not start; null otherwise.</param>
/// <param name="Kind">On time, a missed fire run by the misfire policy, or manual.</param>
public sealed record RunRecord(
    long RunId,
    int JobId,
    string JobName,
    DateTimeOffset Trigger,
    DateTimeOffset? Scheduled,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    RunOutcome Outcome,
    int? ExitCode,
    int Attempt,
    string Host,
    int? Pid,
    string? LogPath,
    string? Message,
    RunKind Kind)
{
    /// <summary>The node that recorded the run (<see cref="HostFacts.Node"/>); empty for runs recorded before nodes were.</summary>
    public string Node { get; init; } = string.Empty;

    /// <summary>How late the start was against the scheduled instant.</summary>
    public TimeSpan? Lateness => Scheduled is { } scheduled ? Status.Lateness.Of(scheduled, Started) : null;

    public TimeSpan? Duration => Finished - Started;
}
