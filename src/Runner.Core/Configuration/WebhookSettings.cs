using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>The webhook channel, from <c>[WEBHOOK]</c>.</summary>
/// <param name="Url">Where events are posted; null: no webhook.</param>
/// <param name="Timeout">How long to wait for an answer.</param>
/// <param name="Retries">Times a failed delivery is retried.</param>
public sealed record WebhookSettings(Uri? Url, TimeSpan Timeout, int Retries)
{
    /// <summary>The settings, or null and every bad value.</summary>
    public static WebhookSettings? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        const string Webhook = SectionNames.Webhook;
        var read = new SettingsReader(config);
        var settings = new WebhookSettings(read.Url(Webhook, "url"), read.Seconds(Webhook, "timeout"), read.Number(Webhook, "retries"));
        errors = read.Errors;
        return errors.Count == 0 ? settings : null;
    }
}
