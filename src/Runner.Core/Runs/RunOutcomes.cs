using Runner.Core.Configuration;

namespace Runner.Core.Runs;

/// <summary>The rules of <see cref="RunOutcome"/>: from an exit code, which are failures, names and parsing.</summary>
public static class RunOutcomes
{
    /// <summary>Every outcome in display order, for help texts and <c>history --status</c>.</summary>
    public static IReadOnlyList<RunOutcome> All { get; } =
    [
        RunOutcome.Done, RunOutcome.Failed, RunOutcome.Timeout, RunOutcome.Killed, RunOutcome.Lost, RunOutcome.Skipped, RunOutcome.Running,
    ];

    /// <summary>DONE for exit code 0, FAILED for any other.</summary>
    public static RunOutcome FromExit(int exitCode) => exitCode == 0 ? RunOutcome.Done : RunOutcome.Failed;

    /// <summary>True for the outcomes that count as a failure (and alarm): FAILED, TIMEOUT, KILLED, LOST.</summary>
    public static bool IsFailure(this RunOutcome outcome) =>
        outcome is RunOutcome.Failed or RunOutcome.Timeout or RunOutcome.Killed or RunOutcome.Lost;

    /// <summary>The upper-case name: DONE, FAILED, TIMEOUT, KILLED, LOST, SKIPPED, RUNNING.</summary>
    public static string DisplayName(this RunOutcome outcome) => outcome switch
    {
        RunOutcome.Running => "RUNNING",
        RunOutcome.Done => "DONE",
        RunOutcome.Failed => "FAILED",
        RunOutcome.Timeout => "TIMEOUT",
        RunOutcome.Killed => "KILLED",
        RunOutcome.Lost => "LOST",
        RunOutcome.Skipped => "SKIPPED",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>An outcome from its name, trimmed, in any case; null and a message listing the names otherwise.</summary>
    public static RunOutcome? Parse(string text, out string? error)
    {
        error = null;
        var name = text.Trim();
        foreach (var outcome in All)
        {
            if (string.Equals(name, outcome.DisplayName(), StringComparison.OrdinalIgnoreCase))
            {
                return outcome;
            }
        }

        var names = All.Select(DisplayName).ToList();
        error = RunMessages.UnknownOutcome(text, names, Spelling.Suggest(name, names));
        return null;
    }
}
