namespace Runner.Core.Runs;

/// <summary>
/// One record of a run's log: the wall-clock time it was written, its level and its message.
/// <see cref="ToString"/> gives the line as written, <c>2018-12-31 23:59:59|INFO|message</c>.
/// </summary>
public sealed record RunLogRecord(DateTime Time, RunLogLevel Level, string Message)
{
    public override string ToString() => RunLogLine.Format(Time, Level, Message);
}
