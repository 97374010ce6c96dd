namespace Runner.Engine.Ports;

/// <summary>A fire to claim: the job (its name goes on the run record) and its scheduled instant.</summary>
public sealed record FireClaim(int JobId, string JobName, DateTimeOffset Instant);
