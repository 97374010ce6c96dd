using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Testing.Contracts;

/// <summary>Run records for the contract suites: explicit instants, everything else plain.</summary>
public static class RunRecords
{
    public static readonly DateTimeOffset Base = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A RUNNING run of <paramref name="jobId"/> started <paramref name="minutes"/> after <see cref="Base"/>.</summary>
    public static RunRecord Running(int jobId, int minutes = 0, string? logPath = null) =>
        new(0, jobId, $"job{jobId}", Base.AddMinutes(minutes), null, Base.AddMinutes(minutes), null, RunOutcome.Running,
            null, 1, "host1", null, logPath, null, RunKind.Manual);

    /// <summary>A run of <paramref name="jobId"/> that started <paramref name="minutes"/> after <see cref="Base"/> and ended a second later.</summary>
    public static RunRecord Ended(int jobId, int minutes = 0, RunOutcome outcome = RunOutcome.Done, string? logPath = null) =>
        Running(jobId, minutes, logPath) with
        {
            Outcome = outcome,
            Finished = Base.AddMinutes(minutes).AddSeconds(1),
            ExitCode = outcome == RunOutcome.Done ? 0 : 1,
        };

    /// <summary>The end of a begun run, a second after its start.</summary>
    public static RunRecord EndOf(RunRecord begun, RunOutcome outcome = RunOutcome.Done) =>
        begun with { Outcome = outcome, Finished = begun.Started.AddSeconds(1), ExitCode = outcome == RunOutcome.Done ? 0 : 1 };
}
