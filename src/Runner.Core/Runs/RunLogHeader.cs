using System.Globalization;
using Runner.Core.Triggers;

namespace Runner.Core.Runs;

/// <summary>
/// The first and last lines of a run's log: the seed's starred box of facts (80 columns, one
/// fact a line, a value too long for the box pushing its right border out rather than being
/// cut), the <c>JOB STARTED.</c> record, and the closing records: <c>JOB FINISHED.</c> or
/// <c>JOB FAILED.</c> with the exit code or the outcome, then <c>TIME SPENT: 1.234 seconds.</c>
/// </summary>
public static class RunLogHeader
{
    private const int Width = 80;
    private const int LabelWidth = 13;
    private const string None = "(none)";

    /// <summary>The box, one string a line, without line ends.</summary>
    public static IReadOnlyList<string> Lines(RunHeaderFacts facts)
    {
        var border = new string('*', Width);
        var blank = Row(string.Empty);
        return
        [
            border,
            blank,
            Fact("ID", facts.JobId.ToString(CultureInfo.InvariantCulture)),
            Fact("NAME", facts.Name),
            Fact("DESC", facts.Description),
            Fact("TRIGGER", TriggerParser.Format(facts.Trigger)),
            Fact("RUN", facts.RunId.ToString(CultureInfo.InvariantCulture)),
            Fact("ATTEMPT", RunMessages.AttemptOf(facts.Attempt, facts.Attempts)),
            Fact("COMMAND", facts.Command),
            Fact("HOSTNAME", facts.Host),
            Fact("USER", facts.User),
            Fact("SYSTEM", facts.System),
            Fact("RUNTIME", facts.Runtime),
            Fact("CONFIGS", string.Join(", ", facts.ConfigFiles)),
            Fact("PERSONS", string.Join(", ", facts.Persons)),
            blank,
            border,
        ];
    }

    /// <summary>The first record after the box.</summary>
    public static RunLogRecord Started(DateTime localTime) => new(localTime, RunLogLevel.Info, RunMessages.JobStarted);

    /// <summary>
    /// The last records of a run that ended with <paramref name="outcome"/> after <paramref name="spent"/>:
    /// DONE gives <c>JOB FINISHED.</c> (INFO); FAILED gives <c>JOB FAILED. EXIT CODE: N.</c>;
    /// TIMEOUT, KILLED and LOST give <c>JOB FAILED. OUTCOME: TIMEOUT.</c> (ERROR); then
    /// <c>TIME SPENT: S.sss seconds.</c> (INFO). A run cannot end RUNNING or SKIPPED.
    /// </summary>
    public static IReadOnlyList<RunLogRecord> Closing(RunOutcome outcome, int? exitCode, TimeSpan spent, DateTime localTime)
    {
        var end = outcome switch
        {
            RunOutcome.Done => new RunLogRecord(localTime, RunLogLevel.Info, RunMessages.JobFinished),
            RunOutcome.Failed => new RunLogRecord(localTime, RunLogLevel.Error, RunMessages.JobFailed(exitCode)),
            RunOutcome.Timeout or RunOutcome.Killed or RunOutcome.Lost =>
                new RunLogRecord(localTime, RunLogLevel.Error, RunMessages.JobFailed(outcome.DisplayName())),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, RunMessages.NotAnEnd(outcome)),
        };
        return [end, new RunLogRecord(localTime, RunLogLevel.Info, RunMessages.TimeSpent(spent))];
    }

    private static string Fact(string label, string value) =>
        Row($"{label.PadLeft(LabelWidth)}: {(string.IsNullOrWhiteSpace(value) ? None : LogText.Clean(value))}");

    private static string Row(string content)
    {
        var inner = Width - 2;
        return content.Length < inner ? $"*{content.PadRight(inner)}*" : $"*{content} *";
    }
}
