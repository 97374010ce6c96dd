namespace Runner.Core.Runs;

/// <summary>The level of one record of a run's log, written upper-case (<c>INFO</c>).</summary>
public enum RunLogLevel
{
    Debug,
    Info,
    Warning,
    Error,
}
