namespace Runner.Core.Runs;

/// <summary>One line of a job's output, classified: its level and its message, ready to be timestamped.</summary>
public sealed record RunLogEntry(RunLogLevel Level, string Message);
