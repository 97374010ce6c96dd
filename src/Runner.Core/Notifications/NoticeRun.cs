using Runner.Core.Runs;

namespace Runner.Core.Notifications;

/// <summary>The run a notification is about.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Trigger">The instant it ran for, with its offset.</param>
/// <param name="Attempt">1 for the first attempt of a fire.</param>
/// <param name="ExitCode">The exit status; null when unknown.</param>
/// <param name="Spent">Time from start to end.</param>
/// <param name="Failures">Consecutive failures so far (0 after a success).</param>
/// <param name="Suppressed">Alarms withheld by throttling since the last one sent.</param>
/// <param name="LogPath">The run's log; null when none was written.</param>
public sealed record NoticeRun(
    long RunId, RunOutcome Outcome, DateTimeOffset Trigger, int Attempt, int? ExitCode, TimeSpan Spent, int Failures, int Suppressed, string? LogPath);
