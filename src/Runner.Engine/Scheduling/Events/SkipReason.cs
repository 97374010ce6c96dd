namespace Runner.Engine.Scheduling.Events;

/// <summary>Why a fire did not run.</summary>
public enum SkipReason
{
    /// <summary>It was missed (later than the grace) and the misfire policy does not run it.</summary>
    Misfire,

    /// <summary>The job was still running and its overlap policy skips the new fire.</summary>
    Overlap,
}
