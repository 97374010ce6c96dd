namespace Runner.Engine.Ports;

/// <summary>A message of the outbox with its delivery state: pending, sent or dead.</summary>
public sealed record OutboxEntry(OutboxMessage Message, string State, DateTimeOffset? Sent, string? LastError);
