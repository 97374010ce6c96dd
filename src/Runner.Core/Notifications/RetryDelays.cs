using Runner.Core.Configuration;
using Runner.Core.Diagnostics;

namespace Runner.Core.Notifications;

/// <summary>The first wait before an undelivered notification is tried again, per channel: <c>[EMAIL] retry_delay</c>, <c>[WEBHOOK] retry_delay</c>.</summary>
public sealed record RetryDelays(TimeSpan Email, TimeSpan Webhook)
{
    /// <summary>The delays, or null and every bad value.</summary>
    public static RetryDelays? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        var read = new SettingsReader(config);
        var delays = new RetryDelays(read.Seconds(SectionNames.Email, "retry_delay"), read.Seconds(SectionNames.Webhook, "retry_delay"));
        errors = read.Errors;
        return errors.Count == 0 ? delays : null;
    }
}
