using Runner.Core.Configuration;
using Runner.Engine.Jobs;
using Runner.Infrastructure.Configuration;
using Runner.Infrastructure.Home;

namespace Runner.Cli;

/// <summary>The application services over one home, wired to their file adapters.</summary>
internal sealed class HomeServices
{
    public HomeServices(RunnerHome home, IReadOnlyDictionary<string, string> variables, TimeProvider time, TimeZoneInfo machineZone)
    {
        Home = home;
        Time = time;
        Settings = new HomeSettingsSource(home, variables, new Dictionary<OptionKey, string>(), machineZone);
        var settings = Settings.Load();
        var schedulePath = settings.Config.Get(SectionNames.Scheduler, "schedule")?.Value is { Length: > 0 } path ? path : "schedule.tsv";
        ScheduleFile = new ScheduleTsvFile(home, schedulePath);
        var homeLock = new HomeLock(home, time);
        var folders = new JobFolders(home);
        Jobs = new JobService(homeLock, ScheduleFile, folders, new IdLedgerFile(home), Settings, time);
        Setup = new SetupService(homeLock, new MainConfigFile(home), ScheduleFile, folders, Settings);
    }

    public RunnerHome Home { get; }

    public TimeProvider Time { get; }

    public HomeSettingsSource Settings { get; }

    public ScheduleTsvFile ScheduleFile { get; }

    public JobService Jobs { get; }

    public SetupService Setup { get; }
}
