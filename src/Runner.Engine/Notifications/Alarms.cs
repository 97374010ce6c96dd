using System.Globalization;
using Runner.Core.Configuration;
using Runner.Core.Diagnostics;
using Runner.Core.Notifications;
using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Engine.Notifications;

/// <summary>
/// Turns events into queued messages: reads the settings in force for the job (recipients are
/// its <c>persons</c> plus the scheduler's <c>owner</c>; the webhook is <c>[WEBHOOK] url</c> of the
/// job's config over the main one), applies <see cref="AlarmRules"/> to the remembered state and
/// renders each message, all inside the store's transaction for the event.
/// </summary>
public sealed class Alarms(
    INotificationStore store, ISettingsSource settings, IRunLogReader logs, Func<int, string> describeJob, HostFacts host, string homeRoot, TimeProvider time)
{
    /// <summary>The built-in [JOB] defaults, for a job whose own configuration is invalid.</summary>
    private static readonly JobPolicy DefaultPolicy = JobPolicy.From(LayeredConfig.Create(new ConfigSources()), out _)!;

    /// <summary>Largest log attachment; a longer log is cut in the middle with a marker.</summary>
    public const int AttachmentCap = 512 * 1024;

    /// <summary>The alarm-state subject of a job.</summary>
    public static string JobSubject(int jobId) => "job:" + jobId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The alarm-state subject of the schedule.</summary>
    public const string ScheduleSubject = "schedule";

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HomeSettings, ChannelSet> _channels = [];

    /// <summary>Raised after messages were queued (the worker wakes up).</summary>
    public event EventHandler? Queued;

    /// <summary>Whether some channel is configured for the job (or the scheduler when null): e-mail with recipients, or a webhook.</summary>
    public bool Enabled(int? jobId) => Channels(jobId) is { Any: true };

    /// <summary>Records a run's end, alarming per the rules; a run that will be retried is recorded without counting.</summary>
    public void Finish(IRunStore inner, RunRecord run)
    {
        if (!Counts(run))
        {
            inner.Finish(run);
            return;
        }

        try
        {
            store.FinishRun(run, JobSubject(run.JobId), Decide);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An alarm must never cost the run's record: recorded without it.
            inner.Finish(run with { Message = Join(run.Message, $"alarm not queued: {e.Message}") });
            return;
        }

        Queued?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>Records a run that never started, alarming for a start failure.</summary>
    public RunRecord Record(IRunStore inner, RunRecord run)
    {
        if (!Counts(run))
        {
            return inner.Record(run);
        }

        RunRecord stored;
        try
        {
            stored = store.RecordRun(run, JobSubject(run.JobId), Decide);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return inner.Record(run with { Message = Join(run.Message, $"alarm not queued: {e.Message}") });
        }

        Queued?.Invoke(this, EventArgs.Empty);
        return stored;
    }

    /// <summary>A rejected schedule: alarms the owner once per distinct set of errors.</summary>
    public void ScheduleRejected(IReadOnlyList<Diagnostic> errors)
    {
        if (!Enabled(null))
        {
            return;
        }

        var key = string.Join("\n", errors.Select(e => e.ToString()).Order(StringComparer.Ordinal));
        var now = time.GetUtcNow();
        store.Update(ScheduleSubject, state =>
        {
            var step = AlarmRules.OnScheduleErrors(state, key, now);
            var detail = $"{errors.Count.ToString(CultureInfo.InvariantCulture)} errors:\n" + string.Join("\n", errors.Select(e => e.ToString()));
            return new AlarmUpdate(step.Next, step.Notice is null ? [] : Messages(Notice(NoticeKind.ScheduleInvalid, null, null, detail, []), null, null, now));
        });
        Queued?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>A valid schedule applied: the same errors coming back later alarm again.</summary>
    public void ScheduleApplied()
    {
        if (Enabled(null) && store.State(ScheduleSubject).ErrorsKey is not null)
        {
            store.Update(ScheduleSubject, state => new AlarmUpdate(AlarmRules.OnScheduleValid(state).Next, []));
        }
    }

    /// <summary>Fires of a job missed and skipped: alarms under the job's throttle.</summary>
    public void MissedFires(Core.Schedules.Job job, long count, DateTimeOffset first, DateTimeOffset last)
    {
        if (!Enabled(job.Id) || Policy(job.Id) is not { } policy)
        {
            return;
        }

        var now = time.GetUtcNow();
        var zone = settings.Load(job.Id).Zone;
        var when = count == 1 ? At(first) : $"from {At(first)} to {At(last)}";
        var detail = $"{count.ToString(CultureInfo.InvariantCulture)} missed {(count == 1 ? "fire" : "fires")} {when} skipped by the job's misfire policy ([JOB] misfire).";
        store.Update(JobSubject(job.Id), state =>
        {
            var step = AlarmRules.OnMissedFires(state, policy.AlarmInterval, now);
            var notice = Notice(NoticeKind.MissedFires, new NoticeJob(job.Id, job.Name, job.Description), null, detail, []);
            return new AlarmUpdate(step.Next, step.Notice is null ? [] : Messages(notice, job.Id, null, now));
        });
        Queued?.Invoke(this, EventArgs.Empty);

        string At(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A message of <c>runner notify</c>: queued as an e-mail to <paramref name="to"/> (else the
    /// job's persons and the owner); returns its id, or null and why when e-mail is not set up.
    /// </summary>
    public long? Message(IReadOnlyList<string> to, int? jobId, string subject, string text, string? attachmentName, ReadOnlyMemory<byte> attachment, out string? problem)
    {
        var channels = Channels(jobId);
        problem = channels.Problem;
        if (channels.Email is not { } email)
        {
            problem ??= "e-mail is not set up: set [EMAIL] host (and address) in config.ini";
            return null;
        }

        var recipients = to.Count > 0 ? to : channels.Recipients;
        if (recipients.Count == 0)
        {
            problem = "no recipient: give --to ADDR, or set [JOB] persons or [SCHEDULER] owner in config.ini";
            return null;
        }

        var notice = Notice(NoticeKind.Message, jobId is int id ? new NoticeJob(id, string.Empty, string.Empty) : null, null, text, []);
        var message = new OutboxMessage(0, NoticeChannel.Email, WebhookJson.Name(NoticeKind.Message), jobId, null, recipients, Sender(email), subject, text,
            NoticeHtml.Body(notice with { Job = null }), attachmentName, attachment, null, null, 0, time.GetUtcNow());
        return store.Enqueue(message);
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";

    private bool Counts(RunRecord run)
    {
        if (run.Outcome is not (RunOutcome.Done or RunOutcome.Failed or RunOutcome.Timeout or RunOutcome.Killed or RunOutcome.Lost) || !Enabled(run.JobId))
        {
            return false;
        }

        return RetryPlan.After(Policy(run.JobId), run.Attempt, run.Outcome) is null;
    }

    private AlarmUpdate Decide(RunRecord run, AlarmState state)
    {
        var policy = Policy(run.JobId);
        var now = run.Finished ?? time.GetUtcNow();
        var step = AlarmRules.OnRun(state, run.Outcome, policy.AlarmAfter, policy.AlarmInterval, now);
        if (step.Notice is not { } kind)
        {
            return new AlarmUpdate(step.Next, []);
        }

        var tail = run.LogPath is { } path ? logs.Tail(path, NoticeText.TailLines) : [];
        var facts = new NoticeRun(run.RunId, run.Outcome, run.Trigger, run.Attempt, run.ExitCode, run.Duration ?? TimeSpan.Zero,
            kind == NoticeKind.Alarm ? step.Next.Failures : 0, state.Suppressed, run.LogPath);
        var notice = Notice(kind, new NoticeJob(run.JobId, run.JobName, describeJob(run.JobId)), facts, run.Message, kind == NoticeKind.Alarm ? tail : []);
        return new AlarmUpdate(step.Next, Messages(notice, run.JobId, kind == NoticeKind.Alarm ? run.LogPath : null, now));
    }

    private Notice Notice(NoticeKind kind, NoticeJob? job, NoticeRun? run, string? detail, IReadOnlyList<string> tail) =>
        new(kind, SchedulerName(), homeRoot, host.Host, job, run, detail, tail);

    /// <summary>The e-mail and the webhook post of a notice, as the job's settings ask.</summary>
    private List<OutboxMessage> Messages(Notice notice, int? jobId, string? logPath, DateTimeOffset now)
    {
        var messages = new List<OutboxMessage>();
        var channels = Channels(jobId);
        var kind = WebhookJson.Name(notice.Kind);
        var runId = notice.Run?.RunId;
        if (channels.Email is { } email && channels.Recipients.Count > 0)
        {
            var attachment = logPath is null ? ReadOnlyMemory<byte>.Empty : logs.Capped(logPath, AttachmentCap);
            var name = logPath is null || attachment.IsEmpty ? null : Path.GetFileName(logPath);
            messages.Add(new OutboxMessage(0, NoticeChannel.Email, kind, jobId, runId, channels.Recipients, Sender(email), NoticeText.Subject(notice),
                NoticeText.Body(notice), NoticeHtml.Body(notice), name, attachment, null, null, 0, now));
        }

        if (channels.Webhook is { } url)
        {
            messages.Add(new OutboxMessage(0, NoticeChannel.Webhook, kind, jobId, runId, [], string.Empty, NoticeText.Subject(notice),
                NoticeText.Body(notice), null, null, ReadOnlyMemory<byte>.Empty, url, WebhookJson.Body(notice), 0, now));
        }

        return messages;
    }

    private string Sender(EmailSettings email) => email.Address.Length > 0 ? email.Address : $"runner@{host.Host}";

    private string SchedulerName() => SchedulerSettings.From(settings.Load().Config, out _)?.Name ?? "scheduler";

    /// <summary>
    /// The job's policy; when its configuration is invalid (the run then failed without starting),
    /// the defaults, so the failure is still alarmed.
    /// </summary>
    private JobPolicy Policy(int jobId) => JobPolicy.From(settings.Load(jobId).Config, out _) ?? DefaultPolicy;

    /// <summary>The channels in force for a job (or the scheduler); read once per loaded configuration.</summary>
    private ChannelSet Channels(int? jobId) => _channels.GetValue(settings.Load(jobId), loaded => Read(loaded.Config, jobId));

    private static ChannelSet Read(LayeredConfig config, int? jobId)
    {
        var email = EmailSettings.From(config, out var emailErrors);
        var webhook = WebhookSettings.From(config, out var webhookErrors);
        var owner = SchedulerSettings.From(config, out _)?.Owner ?? [];
        var persons = jobId is null ? [] : JobPolicy.From(config, out _)?.Persons ?? [];
        var recipients = persons.Concat(owner).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var problem = emailErrors.Concat(webhookErrors).FirstOrDefault()?.ToString();
        return new ChannelSet(email is { IsEnabled: true } ? email : null, webhook?.Url, recipients, problem);
    }

    /// <summary>E-mail when configured (it is used only with recipients), the webhook, the default recipients, the first settings error.</summary>
    private sealed record ChannelSet(EmailSettings? Email, Uri? Webhook, IReadOnlyList<string> Recipients, string? Problem)
    {
        public bool Any => (Email is not null && Recipients.Count > 0) || Webhook is not null;
    }
}
