namespace Runner.Engine.Ports;

/// <summary>The result of one delivery attempt: sent, or failed with an error that is worth retrying or not.</summary>
public sealed record Delivery(bool Sent, bool Permanent, string? Error)
{
    public static Delivery Ok { get; } = new(true, false, null);

    /// <summary>A failure that may pass: connection refused, timeout, 4xx SMTP answer, HTTP 5xx.</summary>
    public static Delivery Transient(string error) => new(false, false, error);

    /// <summary>A failure that will not pass by retrying: a 5xx SMTP answer, an HTTP 4xx.</summary>
    public static Delivery Permanently(string error) => new(false, true, error);
}
