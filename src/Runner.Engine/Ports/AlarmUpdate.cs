using Runner.Core.Notifications;

namespace Runner.Engine.Ports;

/// <summary>What an event changes: the subject's next alarm state and the messages to queue with it.</summary>
public sealed record AlarmUpdate(AlarmState Next, IReadOnlyList<OutboxMessage> Messages);
