namespace Runner.Core.Runs;

/// <summary>One line of a <c>run jobs</c> file: its 1-based line, the job id, and the trigger, null for "now".</summary>
public sealed record RunBatchEntry(int Line, int JobId, DateTimeOffset? Trigger);
