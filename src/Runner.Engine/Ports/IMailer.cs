using Runner.Core.Configuration;

namespace Runner.Engine.Ports;

/// <summary>Sends one e-mail over SMTP with the given settings.</summary>
public interface IMailer
{
    /// <summary>One attempt; never throws for a delivery failure (see <see cref="Delivery"/>).</summary>
    Task<Delivery> SendAsync(OutboxMessage message, EmailSettings settings, CancellationToken cancel);
}
