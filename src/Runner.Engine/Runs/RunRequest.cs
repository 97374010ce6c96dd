using Runner.Core.Schedules;

namespace Runner.Engine.Runs;

/// <summary>A run to make: the job, the trigger it is for, and the fire instant when the scheduler asks for it (null for a manual run).</summary>
public sealed record RunRequest(Job Job, DateTimeOffset Trigger, DateTimeOffset? Scheduled = null);
