namespace Runner.Engine.Ports;

/// <summary>A fire to claim: the job (its name goes on the run record), its scheduled instant, and whether it is on time or a missed fire run by the misfire policy.</summary>
public sealed record FireClaim(int JobId, string JobName, DateTimeOffset Scheduled, RunKind Kind);
