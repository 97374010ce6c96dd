namespace Runner.Engine.Ports;

/// <summary>Posts one JSON body to a webhook.</summary>
public interface IWebhookClient
{
    /// <summary>One attempt, given up after <paramref name="timeout"/>; never throws for a delivery failure.</summary>
    Task<Delivery> PostAsync(Uri url, string json, TimeSpan timeout, CancellationToken cancel);
}
