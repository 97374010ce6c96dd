using Runner.Engine.Jobs;
using Runner.Engine.Notifications;
using Runner.Engine.Ports;
using Runner.Infrastructure.Notifications;
using Runner.Infrastructure.Storage;

namespace Runner.Notifications;

/// <summary>
/// The notification side of one home, wired to its adapters: the outbox and alarm state in
/// runner.db, the alarm rules over the settings in force, the MailKit and webhook senders.
/// </summary>
internal sealed class NotificationServices : IDisposable
{
    private readonly HttpWebhookClient _webhooks = new();
    private readonly ISettingsSource _settings;
    private readonly TimeProvider _time;

    public NotificationServices(RunnerDatabase database, ISettingsSource settings, Func<int, ResolvedJob?> jobs, HostFacts host, string homeRoot, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        Store = new SqliteNotificationStore(database);
        Alarms = new Alarms(Store, settings, jobs, new RunLogReader(), host, homeRoot, time);
    }

    public SqliteNotificationStore Store { get; }

    public Alarms Alarms { get; }

    /// <summary>A deliverer of the outbox writing its lines to <paramref name="log"/> (level, message); the SMTP conversation (need_debug) as DEBUG lines.</summary>
    public OutboxWorker Worker(Action<string, string> log) =>
        new(Store, new MailKitMailer(line => log("DEBUG", line)), _webhooks, _settings, log, _time);

    /// <summary>
    /// One bounded pass over the due messages (only <paramref name="only"/> when given), for the commands that
    /// queue messages when perhaps no scheduler runs: what is not sent within <paramref name="limit"/> stays queued.
    /// </summary>
    public int DeliverNow(Action<string, string> log, TimeSpan limit, IReadOnlyCollection<long>? only = null)
    {
        using var bound = new CancellationTokenSource(limit);
        try
        {
            return Worker(log).DeliverDueAsync(only, bound.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }

    public void Dispose() => _webhooks.Dispose();
}
