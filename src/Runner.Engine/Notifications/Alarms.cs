using System.Globalization;
using Runner.Core.Configuration;
using Runner.Core.Diagnostics;
using Runner.Core.Notifications;
using Runner.Core.Runs;
using Runner.Core.Schedules;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;

namespace Runner.Engine.Notifications;

/// <summary>
/// Turns events into queued messages: takes the resolved job (<paramref name="jobs"/>: its
/// policy and channels; recipients are its <c>persons</c> plus the scheduler's <c>owner</c>, the
/// webhook is <c>[WEBHOOK] url</c> of the job's config over the main one), applies
/// <see cref="AlarmRules"/> to the remembered state and renders each message inside the
/// store's transaction for the event. What a message quotes of a run's log is read before the
/// transaction: the decision step does no I/O.
/// </summary>
public sealed class Alarms(
    INotificationStore store, ISettingsSource settings, Func<int, ResolvedJob?> jobs, IRunLogReader logs, HostFacts host, string homeRoot, TimeProvider time)
{
    /// <summary>The built-in [JOB] defaults, for a job whose own configuration is invalid.</summary>
    private static readonly JobPolicy DefaultPolicy = JobPolicy.From(LayeredConfig.Create(new ConfigSources()), out _)!;

    /// <summary>The alarm-state subject of the jobs' configuration errors.</summary>
    public const string ConfigSubject = "config";

    /// <summary>Largest log attachment; a longer log is cut in the middle with a marker.</summary>
    public const int AttachmentCap = 512 * 1024;

    /// <summary>The alarm-state subject of a job.</summary>
    public static string JobSubject(int jobId) => "job:" + jobId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The alarm-state subject of the schedule.</summary>
    public const string ScheduleSubject = "schedule";

    private readonly Lock _gate = new();
    private MainDefaults? _main;

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
            var quoted = Quote(run);
            store.FinishRun(run, JobSubject(run.JobId), (r, state) => Decide(r, state, quoted));
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
            var quoted = Quote(run);
            stored = store.RecordRun(run, JobSubject(run.JobId), (r, state) => Decide(r, state, quoted));
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
            return new AlarmUpdate(step.Next, step.Notice is null ? [] : Messages(Notice(NoticeKind.ScheduleInvalid, null, null, detail, []), null, ReadOnlyMemory<byte>.Empty, null, now));
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

    /// <summary>
    /// Jobs left out of the plan for an invalid configuration: alarms the owner once per distinct
    /// set of errors (<paramref name="invalid"/> are all such jobs now; none: the errors are fixed).
    /// </summary>
    public void JobsInvalid(IReadOnlyList<ResolvedJob> invalid)
    {
        if (!Enabled(null))
        {
            return;
        }

        if (invalid.Count == 0)
        {
            if (store.State(ConfigSubject).ErrorsKey is not null)
            {
                store.Update(ConfigSubject, state => new AlarmUpdate(AlarmRules.OnScheduleValid(state).Next, []));
            }

            return;
        }

        var lines = invalid.SelectMany(j => j.Problems.Where(p => p.IsError).Select(p => $"job {j.Name} (#{j.Id.ToString(CultureInfo.InvariantCulture)}): {p}")).ToList();
        var key = string.Join("\n", lines.Order(StringComparer.Ordinal));
        var now = time.GetUtcNow();
        var detail = $"{invalid.Count.ToString(CultureInfo.InvariantCulture)} jobs are not planned and do not run until their configuration is fixed:\n" + string.Join("\n", lines);
        store.Update(ConfigSubject, state =>
        {
            var step = AlarmRules.OnScheduleErrors(state, key, now);
            return new AlarmUpdate(step.Next, step.Notice is null ? [] : Messages(Notice(NoticeKind.ScheduleInvalid, null, null, detail, []), null, ReadOnlyMemory<byte>.Empty, null, now));
        });
        Queued?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>Fires of a job missed and skipped: alarms under the job's throttle.</summary>
    public void MissedFires(Job job, long count, DateTimeOffset first, DateTimeOffset last)
    {
        if (!Enabled(job.Id))
        {
            return;
        }

        var policy = Policy(job.Id);
        var now = time.GetUtcNow();
        var zone = jobs(job.Id)?.Zone ?? settings.Load().Zone;
        var when = count == 1 ? At(first) : $"from {At(first)} to {At(last)}";
        var detail = $"{count.ToString(CultureInfo.InvariantCulture)} missed {(count == 1 ? "fire" : "fires")} {when} skipped by the job's misfire policy ([JOB] misfire).";
        store.Update(JobSubject(job.Id), state =>
        {
            var step = AlarmRules.OnMissedFires(state, policy.AlarmInterval, now);
            var notice = Notice(NoticeKind.MissedFires, new NoticeJob(job.Id, job.Name, job.Description), null, detail, []);
            return new AlarmUpdate(step.Next, step.Notice is null ? [] : Messages(notice, job.Id, ReadOnlyMemory<byte>.Empty, null, now));
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

    /// <summary>What an alarm about the run quotes of its log (its last lines, the capped file), read before the store's transaction; nothing for a success.</summary>
    private Quoted Quote(RunRecord run)
    {
        if (run.Outcome == RunOutcome.Done || run.LogPath is not { } path)
        {
            return Quoted.None;
        }

        var attachment = Channels(run.JobId) is { Email: not null, Recipients.Count: > 0 } ? logs.Capped(path, AttachmentCap) : ReadOnlyMemory<byte>.Empty;
        return new Quoted(logs.Tail(path, NoticeText.TailLines), attachment);
    }

    /// <summary>The alarm step of a run's end and its messages: a pure function of the run, the state and what was quoted.</summary>
    private AlarmUpdate Decide(RunRecord run, AlarmState state, Quoted quoted)
    {
        var policy = Policy(run.JobId);
        var now = run.Finished ?? time.GetUtcNow();
        var step = AlarmRules.OnRun(state, run.Outcome, policy.AlarmAfter, policy.AlarmInterval, now);
        if (step.Notice is not { } kind)
        {
            return new AlarmUpdate(step.Next, []);
        }

        var alarm = kind == NoticeKind.Alarm;
        var facts = new NoticeRun(run.RunId, run.Outcome, run.Trigger, run.Attempt, run.ExitCode, run.Duration ?? TimeSpan.Zero,
            alarm ? step.Next.Failures : 0, state.Suppressed, run.LogPath);
        var description = jobs(run.JobId)?.Row.Description ?? string.Empty;
        var notice = Notice(kind, new NoticeJob(run.JobId, run.JobName, description), facts, run.Message, alarm ? quoted.Tail : []);
        return new AlarmUpdate(step.Next, Messages(notice, run.JobId, alarm ? quoted.Attachment : ReadOnlyMemory<byte>.Empty, alarm ? run.LogPath : null, now));
    }

    private Notice Notice(NoticeKind kind, NoticeJob? job, NoticeRun? run, string? detail, IReadOnlyList<string> tail) =>
        new(kind, SchedulerName(), homeRoot, host.Host, job, run, detail, tail);

    /// <summary>The e-mail and the webhook post of a notice, as the job's settings ask.</summary>
    private List<OutboxMessage> Messages(Notice notice, int? jobId, ReadOnlyMemory<byte> attachment, string? logPath, DateTimeOffset now)
    {
        var messages = new List<OutboxMessage>();
        var channels = Channels(jobId);
        var kind = WebhookJson.Name(notice.Kind);
        var runId = notice.Run?.RunId;
        if (channels.Email is { } email && channels.Recipients.Count > 0)
        {
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

    private string SchedulerName() => MainOf(settings.Load()).SchedulerName;

    /// <summary>
    /// The job's policy; for a job not in the schedule (deleted since its run began) or whose
    /// configuration is invalid, the main one, else the defaults, so a failure is still alarmed.
    /// </summary>
    private JobPolicy Policy(int jobId) => jobs(jobId)?.Settings?.Policy ?? MainOf(settings.Load()).Policy;

    /// <summary>The channels in force for a job (the resolved job's), or the scheduler's when <paramref name="jobId"/> is null.</summary>
    private AlarmChannels Channels(int? jobId) =>
        jobId is int id ? jobs(id)?.Settings?.Alarms ?? MainOf(settings.Load()).JobChannels : MainOf(settings.Load()).Channels;

    /// <summary>What the main configuration says for notices, read once per version of it.</summary>
    private MainDefaults MainOf(HomeSettings main)
    {
        lock (_gate)
        {
            if (_main is { } known && ReferenceEquals(known.Settings, main))
            {
                return known;
            }

            var policy = JobPolicy.From(main.Config, out _) ?? DefaultPolicy;
            var name = SchedulerSettings.From(main.Config, out _)?.Name ?? "scheduler";
            _main = new MainDefaults(main, policy, AlarmChannels.Of(main.Config, []), AlarmChannels.Of(main.Config, policy.Persons), name);
            return _main;
        }
    }

    /// <summary>The log lines and attachment a run's alarm quotes.</summary>
    private sealed record Quoted(IReadOnlyList<string> Tail, ReadOnlyMemory<byte> Attachment)
    {
        public static Quoted None { get; } = new([], ReadOnlyMemory<byte>.Empty);
    }

    /// <summary>The main configuration's policy, channels (the scheduler's, and a job's without settings of its own) and scheduler name.</summary>
    private sealed record MainDefaults(HomeSettings Settings, JobPolicy Policy, AlarmChannels Channels, AlarmChannels JobChannels, string SchedulerName);
}
