namespace Runner.Core.Configuration;

/// <summary>What happens when a job's fire comes while its previous run still runs (<c>[JOB] overlap</c>).</summary>
public enum OverlapPolicy
{
    /// <summary>Skip the new fire, record it SKIPPED and log a warning.</summary>
    Skip,

    /// <summary>Start the new run when the running one ends.</summary>
    Queue,

    /// <summary>Start the new run alongside the running one.</summary>
    Parallel,

    /// <summary>End the running run (recorded KILLED) and start the new one.</summary>
    Replace,
}
