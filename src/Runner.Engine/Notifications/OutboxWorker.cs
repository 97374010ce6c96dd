using System.Globalization;
using Runner.Core.Configuration;
using Runner.Core.Notifications;
using Runner.Engine.Ports;

namespace Runner.Engine.Notifications;

/// <summary>
/// Delivers the outbox: takes due messages (leased, so another process delivering at the
/// same time never sends one twice), sends each, and marks it sent, due again after a backoff
/// (<c>retry_delay</c> doubled after each failure, at most <see cref="Backoff.Cap"/>), or dead
/// (a permanent refusal, or a webhook past its <c>retries</c>). In the scheduler it runs as a
/// background loop that sleeps until the next due message, a wake-up, or <see cref="PollInterval"/>
/// (messages queued by other processes); <c>run job</c> and <c>notify</c> make one bounded pass.
/// </summary>
public sealed class OutboxWorker(
    INotificationStore store, IMailer mailer, IWebhookClient webhooks, ISettingsSource settings, Action<string, string> log, TimeProvider time)
{
    /// <summary>Longest sleep between two looks at the outbox.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed message is held before another deliverer may take it (a crashed deliverer's).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int Batch = 20;

    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Cuts the current sleep short: messages were queued.</summary>
    public void Wake() => Interlocked.Exchange(ref _wake, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Delivers until <paramref name="stop"/>; a failing store is logged and tried again after <see cref="PollInterval"/>.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var wake = Volatile.Read(ref _wake).Task;
            var wait = PollInterval;
            try
            {
                await DeliverDueAsync(null, stop).ConfigureAwait(false);
                if (store.NextDue() is { } due)
                {
                    var until = due - time.GetUtcNow();
                    wait = until < TimeSpan.Zero ? TimeSpan.Zero : until < wait ? until : wait;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log("ERROR", $"outbox: {e.Message}; trying again in {PollInterval.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
            }

            try
            {
                await Task.WhenAny(wake, Task.Delay(wait, time, stop)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the due messages (only <paramref name="only"/> when given); returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(IReadOnlyCollection<long>? only, CancellationToken stop)
    {
        // A read first: most passes find nothing due and need not take the write lock.
        if (only is null && (store.NextDue() is not { } due || due > time.GetUtcNow()))
        {
            return 0;
        }

        var sent = 0;
        while (!stop.IsCancellationRequested)
        {
            var claimed = store.Claim(time.GetUtcNow(), Lease, Batch, only);
            foreach (var message in claimed)
            {
                sent += await DeliverAsync(message, stop).ConfigureAwait(false) ? 1 : 0;
            }

            if (claimed.Count < Batch)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken stop)
    {
        var config = settings.Load().Config;
        var delays = RetryDelays.From(config, out _) ?? new RetryDelays(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        Delivery result;
        var allowed = int.MaxValue;
        TimeSpan first;
        if (message.Channel == NoticeChannel.Email)
        {
            first = delays.Email;
            var email = EmailSettings.From(config, out var errors);
            result = email is { IsEnabled: true }
                ? await Attempt(() => mailer.SendAsync(message, email, stop)).ConfigureAwait(false)
                : Delivery.Transient(errors.Count > 0 ? errors[0].ToString() : "e-mail is off ([EMAIL] host is empty); set it in config.ini");
        }
        else
        {
            first = delays.Webhook;
            var webhook = WebhookSettings.From(config, out _) ?? new WebhookSettings(null, TimeSpan.FromSeconds(10), 3);
            allowed = webhook.Retries + 1;
            result = await Attempt(() => webhooks.PostAsync(message.Url!, message.Payload ?? "{}", webhook.Timeout, stop)).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        var attempts = message.Attempts + 1;
        if (result.Sent)
        {
            store.Delivered(message.Id, now);
            log("INFO", $"{message.Describe()}: sent{(attempts > 1 ? $" at attempt {attempts.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}");
            return true;
        }

        stop.ThrowIfCancellationRequested();
        if (result.Permanent || attempts >= allowed)
        {
            store.GiveUp(message.Id, result.Error!, now);
            log("ERROR", $"{message.Describe()}: not sent and given up after {attempts.ToString(CultureInfo.InvariantCulture)} attempts: {result.Error}");
            return false;
        }

        var retryAt = now + Backoff.After(attempts, first);
        store.Retry(message.Id, result.Error!, retryAt);
        log("WARNING", $"{message.Describe()}: not sent (attempt {attempts.ToString(CultureInfo.InvariantCulture)}): {result.Error}; next attempt in {(retryAt - now).TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        return false;
    }

    /// <summary>An adapter that throws for something unforeseen still yields a transient failure, never a dead worker.</summary>
    private static async Task<Delivery> Attempt(Func<Task<Delivery>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return Delivery.Transient(e.Message);
        }
    }
}
