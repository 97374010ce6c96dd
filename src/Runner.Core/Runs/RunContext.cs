namespace Runner.Core.Runs;

/// <summary>
/// What the placeholders of a run's PARAMETERS stand for: the job, the trigger the run is
/// for (its wall-clock time and offset are the ones <c>{trigger:FORMAT}</c> formats) and the
/// run's id.
/// </summary>
public sealed record RunContext(int JobId, string JobName, DateTimeOffset Trigger, long RunId);
