namespace Runner.Core.Configuration;

/// <summary>What happens to fires missed while the scheduler was stopped or late (<c>[JOB] misfire</c>).</summary>
public enum MisfirePolicy
{
    /// <summary>Record each missed fire SKIPPED and wait for the next one.</summary>
    Skip,

    /// <summary>Run once for the latest missed fire.</summary>
    Once,

    /// <summary>Run the most recent missed fires, up to <c>misfire_cap</c> of them, oldest first; skip the older ones.</summary>
    All,
}
