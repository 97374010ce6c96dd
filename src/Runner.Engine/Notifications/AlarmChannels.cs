using Runner.Core.Configuration;

namespace Runner.Engine.Notifications;

/// <summary>
/// Where a job's (or the scheduler's) notices go: e-mail when <c>[EMAIL]</c> is set up (used only
/// with recipients), the webhook of <c>[WEBHOOK] url</c>, the recipients (the job's <c>persons</c>
/// and the scheduler's <c>owner</c>), and the first settings error, if any.
/// </summary>
public sealed record AlarmChannels(EmailSettings? Email, Uri? Webhook, IReadOnlyList<string> Recipients, string? Problem)
{
    /// <summary>True when some notice can go out: e-mail with recipients, or a webhook.</summary>
    public bool Any => (Email is not null && Recipients.Count > 0) || Webhook is not null;

    /// <summary>The channels a configuration names, for <paramref name="persons"/> (none for the scheduler itself).</summary>
    public static AlarmChannels Of(LayeredConfig config, IReadOnlyList<string> persons)
    {
        var email = EmailSettings.From(config, out var emailErrors);
        var webhook = WebhookSettings.From(config, out var webhookErrors);
        var owner = SchedulerSettings.From(config, out _)?.Owner ?? [];
        var recipients = persons.Concat(owner).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var problem = emailErrors.Concat(webhookErrors).FirstOrDefault()?.ToString();
        return new AlarmChannels(email is { IsEnabled: true } ? email : null, webhook?.Url, recipients, problem);
    }
}
