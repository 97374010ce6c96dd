namespace Runner.Core.Runs;

/// <summary>What to do with a job's new fire, given its overlap policy and its runs in flight.</summary>
public enum OverlapAction
{
    /// <summary>Start a run now.</summary>
    Start,

    /// <summary>Do not run it: record the fire SKIPPED and log the reason as a warning.</summary>
    Skip,

    /// <summary>Keep the fire and start it when the job's running run (and the fires queued before it) end.</summary>
    Enqueue,

    /// <summary>End the job's running runs (recorded KILLED), then start a run.</summary>
    ReplaceRunning,
}
