using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Runner.Core.Runs;
using Runner.Engine.Jobs;
using Runner.Engine.Notifications;
using Runner.Engine.Ports;
using Runner.Infrastructure.Configuration;
using Runner.Infrastructure.Home;
using Runner.Infrastructure.Notifications;
using Runner.Infrastructure.Storage;

namespace Runner.Infrastructure.Tests.Notifications.Support;

/// <summary>
/// A temporary home wired as the scheduler wires it, on a fake clock: its config.ini, a real
/// runner.db (run store with alarms, outbox), the real MailKit and webhook senders. Reopen()
/// drops every object and opens the same files again, as a restart does.
/// </summary>
internal sealed class NotifyHome : IDisposable
{
    private RunnerDatabase _database;

    public NotifyHome(string config)
    {
        Directory.CreateDirectory(Path.Combine(Root, "jobs"));
        File.WriteAllText(Path.Combine(Root, "config.ini"), config);
        _database = Open();
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"runner-notify-{Guid.NewGuid():N}");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));

    public List<string> Log { get; } = [];

    public IRunStore Runs { get; private set; } = null!;

    public SqliteNotificationStore Outbox { get; private set; } = null!;

    public Alarms Alarms { get; private set; } = null!;

    /// <summary>The job with the id as the alarms find it: its row ("copies the database") with its config files resolved now.</summary>
    public Func<int, ResolvedJob> Resolve { get; private set; } = null!;

    public OutboxWorker Worker { get; private set; } = null!;

    /// <summary>A run of job <paramref name="jobId"/> that started a second ago and ends now with <paramref name="outcome"/>; its log holds <paramref name="lines"/>.</summary>
    public RunRecord Finish(int jobId, RunOutcome outcome, params string[] lines)
    {
        var now = Time.GetUtcNow();
        var run = Runs.Begin(new RunRecord(0, jobId, "backup", now, now, now - TimeSpan.FromSeconds(1), null, RunOutcome.Running, null, 1, "host1", null, null, null, RunKind.OnTime));
        var log = Path.Combine(Root, "jobs", jobId.ToString(CultureInfo.InvariantCulture), $"{run.RunId}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        File.WriteAllLines(log, lines);
        var done = run with { Finished = now, Outcome = outcome, ExitCode = outcome == RunOutcome.Done ? 0 : 2, LogPath = log };
        Runs.Finish(done);
        return done;
    }

    public int Deliver() => Worker.DeliverDueAsync(null, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Every message ever queued, oldest first.</summary>
    public IReadOnlyList<OutboxEntry> Queued()
    {
        var entries = new List<OutboxEntry>();
        for (var id = 1L; Outbox.Find(id) is { } entry; id++)
        {
            entries.Add(entry);
        }

        return entries;
    }

    public void Reopen()
    {
        _database.Dispose();
        _database = Open();
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>A schedule row of the job with the id, as the alarms find it.</summary>
    private static Core.Schedules.Job Row(int id) =>
        Core.Schedules.ScheduleReader.Read($"ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n{id}\tjob\tcopies the database\t\t/bin/true\t*\t*\t*\t*\t0\t\tY\n").Schedule.Jobs[0];

    private RunnerDatabase Open()
    {
        var database = RunnerDatabase.Open(Path.Combine(Root, "runner.db"));
        var settings = new HomeSettingsSource(new RunnerHome(Root), new Dictionary<string, string>(), new Dictionary<Core.Configuration.OptionKey, string>(), TimeZoneInfo.Utc);
        Outbox = new SqliteNotificationStore(database);
        var resolver = new JobResolver(settings);
        Resolve = id => resolver.Resolve(Row(id), settings.Load());
        Alarms = new Alarms(Outbox, settings, id => Resolve(id), new RunLogReader(), new HostFacts("host1", "ops", "Linux", ".NET"), Root, Time);
        Runs = new AlarmingRunStore(new SqliteRunStore(database), Alarms);
        Worker = new OutboxWorker(Outbox, new MailKitMailer(null), new HttpWebhookClient(), settings, (level, message) => Log.Add($"{level}|{message}"), Time);
        return database;
    }
}
