using Runner.Core.Configuration;
using Runner.Engine.Jobs;
using Runner.Engine.Notifications;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Infrastructure.Configuration;
using Runner.Infrastructure.Home;
using Runner.Infrastructure.Logs;
using Runner.Infrastructure.Processes;
using Runner.Infrastructure.Storage;
using Runner.Notifications;

namespace Runner.Cli;

/// <summary>
/// The application services over one home, wired to their adapters. runner.db is opened on
/// first use only, so commands that do not need the history do not pay for it.
/// </summary>
internal sealed class HomeServices : IDisposable
{
    private readonly Lazy<RunnerDatabase> _database;
    private readonly Lazy<IRunStore> _store;
    private readonly Lazy<RunPipeline> _runs;
    private readonly Lazy<Retention> _retention;
    private readonly Lazy<SqliteFireLedger> _ledger;
    private readonly Lazy<NotificationServices> _notifications;
    private readonly Lazy<HostFacts> _host;

    public HomeServices(RunnerHome home, IReadOnlyDictionary<string, string> variables, TimeProvider time, Lazy<TimeZoneInfo> machineZone, Lazy<HostFacts> host)
    {
        Home = home;
        Time = time;
        _host = new(() => host.Value with { Node = $"{host.Value.Host}:{home.Root}" });
        Settings = new HomeSettingsSource(home, variables, new Dictionary<OptionKey, string>(), machineZone);
        var schedulePath = Settings.Load().Config.Get(SectionNames.Scheduler, "schedule")?.Value is { Length: > 0 } path ? path : "schedule.tsv";
        ScheduleFile = new ScheduleTsvFile(home, schedulePath);
        var homeLock = new HomeLock(home, time);
        var folders = new JobFolders(home);
        Jobs = new JobService(homeLock, ScheduleFile, folders, new IdLedgerFile(home), Settings, time);
        Setup = new SetupService(homeLock, new MainConfigFile(home), ScheduleFile, folders, Settings);
        Resolver = new JobResolver(Settings);
        Catalog = new JobCatalog(Settings, Resolver, id => Jobs.FindJob(id).Value);

        var logs = new RunLogFiles(home);
        _database = new(() => RunnerDatabase.Open(home.DatabasePath));
        _notifications = new(() => new NotificationServices(_database.Value, Settings, Catalog.Find, Host, home.Root, time));
        _store = new(() => new AlarmingRunStore(new SqliteRunStore(_database.Value), _notifications.Value.Alarms));
        _runs = new(() => new RunPipeline(new ProcessLauncher(time), _store.Value, logs, Host, home.Root, time));
        _retention = new(() => new Retention(_store.Value, logs, Settings, time));
        _ledger = new(() => new SqliteFireLedger(_database.Value, time, Host.Host, Host.Node));
    }

    public RunnerHome Home { get; }

    public HostFacts Host => _host.Value;

    public TimeProvider Time { get; }

    public HomeSettingsSource Settings { get; }

    public ScheduleTsvFile ScheduleFile { get; }

    public JobService Jobs { get; }

    public SetupService Setup { get; }

    /// <summary>Resolves jobs: their rows with their configuration, the main one parsed once.</summary>
    public JobResolver Resolver { get; }

    /// <summary>The resolved jobs every service of this process takes: the scheduler's schedule in force, or resolved on demand.</summary>
    public JobCatalog Catalog { get; }

    /// <summary>The run history in runner.db.</summary>
    public IRunStore Store => _store.Value;

    public RunPipeline Runs => _runs.Value;

    public Retention Retention => _retention.Value;

    /// <summary>The fire ledger in runner.db.</summary>
    public SqliteFireLedger Ledger => _ledger.Value;

    /// <summary>Alarms, the outbox and its deliverers.</summary>
    public NotificationServices Notifications => _notifications.Value;

    public void Dispose()
    {
        if (_notifications.IsValueCreated)
        {
            _notifications.Value.Dispose();
        }

        if (_database.IsValueCreated)
        {
            _database.Value.Dispose();
        }
    }
}
