namespace Runner.Engine.Ports;

/// <summary>How an outbox message travels; stored as its lower-case name.</summary>
public enum NoticeChannel
{
    Email,
    Webhook,
}
