namespace Runner.Engine.Ports;

/// <summary>What the dispatcher did with a fire.</summary>
public enum DispatchAction
{
    /// <summary>Its run started.</summary>
    Started,

    /// <summary>It waits for the job's running run to end ([JOB] overlap = queue).</summary>
    Queued,

    /// <summary>It was recorded SKIPPED ([JOB] overlap = skip, or a full queue).</summary>
    Skipped,

    /// <summary>The dispatcher is stopping: it was recorded SKIPPED.</summary>
    Stopping,
}

/// <summary>The run a dispatched fire made (begun with the fire) and what became of it; <see cref="Reason"/> says why it did not start.</summary>
public sealed record Dispatched(RunRecord Run, DispatchAction Action, string? Reason);
