using Microsoft.Extensions.Time.Testing;
using Runner.Core.Runs;
using Runner.Core.Schedules;
using Runner.Core.Scheduling;
using Runner.Engine.Jobs;
using Runner.Engine.Notifications;
using Runner.Engine.Ports;
using Runner.Testing.Stores;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// Alarms over the in-memory run history and outbox on a fake clock, with the home's config.ini
/// given as text (<see cref="Config"/> by default: e-mail set up, so alarms go out) and log
/// reads served by a <see cref="FakeLogReader"/>. Job 3 (<c>backup</c>, "copies the database")
/// is resolved from that config.ini; others are added with <see cref="Add"/>.
/// </summary>
public sealed class AlarmHarness : IDisposable
{
    public const int JobId = 3;

    public const string Home = "/srv/runner";

    public static readonly DateTimeOffset T0 = TestJobs.At("2026-11-29T02:30:00+00:00");

    private readonly Dictionary<int, ResolvedJob> _jobs = [];

    public AlarmHarness(string? config = null)
    {
        Settings = new IniSettings(config ?? Config());
        Outbox = new MemoryNotificationStore(Runs);
        Store = new WatchedNotificationStore(Outbox, Calls);
        Logs = new FakeLogReader(Calls);
        Alarms = new Alarms(Store, Settings, id => _jobs.GetValueOrDefault(id), Logs, new HostFacts("db1", "ops", "Linux", ".NET"), Home, Time);
        History = new AlarmingRunStore(Runs, Alarms);
        Add(Row(JobId));
    }

    public FakeTimeProvider Time { get; } = new(T0);

    public IniSettings Settings { get; }

    public MemoryRunStore Runs { get; } = new();

    public MemoryNotificationStore Outbox { get; }

    public CallLog Calls { get; } = new();

    public WatchedNotificationStore Store { get; }

    public FakeLogReader Logs { get; }

    public Alarms Alarms { get; }

    /// <summary>The run history as the pipeline writes it: run ends recorded with their alarms.</summary>
    public AlarmingRunStore History { get; }

    /// <summary>A config.ini with e-mail set up, [SCHEDULER] owner and [JOB] persons, and the options given after them.</summary>
    public static string Config(int alarmAfter = 1, string extra = "") => $"""
        [SCHEDULER]
        name = nightly
        owner = owner@example.com
        [JOB]
        persons = dev@example.com
        alarm_after = {alarmAfter}
        alarm_interval = 600
        [EMAIL]
        host = smtp.example.com
        address = runner@example.com
        {extra}
        """;

    /// <summary>A schedule row named <paramref name="name"/>, "copies the database".</summary>
    public static Job Row(int id, string name = "backup", string description = "copies the database") =>
        new(id, name, description, string.Empty, "backup.sh", Timing.EverySecond, string.Empty, true, id + 2, new Dictionary<string, string>());

    /// <summary>Resolves <paramref name="row"/> against the config.ini in force (or <paramref name="settings"/>: the job's own) and makes it known to the alarms.</summary>
    public ResolvedJob Add(Job row, JobSettings? settings = null)
    {
        var resolved = new JobResolver(Settings).Resolve(row, Settings.Load());
        _jobs[row.Id] = settings is null ? resolved : resolved with { Settings = settings };
        return _jobs[row.Id];
    }

    /// <summary>A run of the job begun a second ago, ended now with <paramref name="outcome"/> through the alarming history; its log holds <paramref name="lines"/>.</summary>
    public RunRecord Finish(RunOutcome outcome, int attempt = 1, int jobId = JobId, params string[] lines)
    {
        var now = Time.GetUtcNow();
        var run = History.Begin(new RunRecord(0, jobId, "backup", now, now, now.AddSeconds(-1), null, RunOutcome.Running, null, attempt, "db1", 4242, null, null, RunKind.OnTime));
        var log = $"{Home}/jobs/{jobId}/logs/{run.RunId}-20261129-023000.log";
        Logs.Write(log, lines);
        var done = run with { Finished = now, Outcome = outcome, ExitCode = outcome == RunOutcome.Done ? 0 : 4, LogPath = log };
        History.Finish(done);
        return done;
    }

    /// <summary>Every message queued, oldest first.</summary>
    public IReadOnlyList<OutboxMessage> Queued()
    {
        var messages = new List<OutboxMessage>();
        for (var id = 1L; Outbox.Find(id) is { } entry; id++)
        {
            messages.Add(entry.Message);
        }

        return messages;
    }

    /// <summary>The subjects of the e-mails queued, oldest first.</summary>
    public IReadOnlyList<string> Subjects() => [.. Queued().Where(m => m.Channel == NoticeChannel.Email).Select(m => m.Subject)];

    public void Dispose() => Store.Dispose();
}
