namespace Runner.Engine.Ports;

/// <summary>
/// One message of the outbox in runner.db, rendered when its event was recorded (so a log
/// pruned later, or a restart, changes nothing) and delivered later by the outbox worker.
/// </summary>
/// <param name="Id">Unique, increasing; 0 before it is queued.</param>
/// <param name="Channel">E-mail or webhook.</param>
/// <param name="Event">ALARM, RECOVERED, SCHEDULE_INVALID, MISSED_FIRES or MESSAGE.</param>
/// <param name="JobId">The job it is about; null for the schedule or a message outside a job.</param>
/// <param name="RunId">The run it is about; null when none.</param>
/// <param name="To">E-mail recipients (empty for a webhook).</param>
/// <param name="From">E-mail sender (empty for a webhook).</param>
/// <param name="Subject">The subject.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Html">The HTML body; null for text only.</param>
/// <param name="AttachmentName">The attachment's file name; null when none.</param>
/// <param name="Attachment">The attachment's bytes.</param>
/// <param name="Url">The webhook's URL; null for e-mail.</param>
/// <param name="Payload">The webhook's JSON body; null for e-mail.</param>
/// <param name="Attempts">Delivery attempts made so far.</param>
/// <param name="Created">When it was queued (its first attempt is due then).</param>
public sealed record OutboxMessage(
    long Id,
    NoticeChannel Channel,
    string Event,
    int? JobId,
    long? RunId,
    IReadOnlyList<string> To,
    string From,
    string Subject,
    string Text,
    string? Html,
    string? AttachmentName,
    ReadOnlyMemory<byte> Attachment,
    Uri? Url,
    string? Payload,
    int Attempts,
    DateTimeOffset Created)
{
    /// <summary>A short description for logs: <c>e-mail 12 ALARM to a@x, b@y</c>; never a body.</summary>
    public string Describe() => Channel == NoticeChannel.Email
        ? $"e-mail {Id} {Event} to {string.Join(", ", To)}"
        : $"webhook {Id} {Event} to {Url?.GetLeftPart(UriPartial.Path)}";
}
