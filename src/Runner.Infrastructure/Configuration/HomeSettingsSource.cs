using Runner.Core.Configuration;
using Runner.Core.Diagnostics;
using Runner.Engine.Ports;
using Runner.Infrastructure.Home;

namespace Runner.Infrastructure.Configuration;

/// <summary>
/// Loads the configuration in force from the home: config.ini and a job's config.ini with
/// their includes, the process environment and the command-line options the front end
/// passes in; resolves the schedule's time zone. Loads once per job id per instance.
/// </summary>
public sealed class HomeSettingsSource(
    RunnerHome home,
    IReadOnlyDictionary<string, string> variables,
    IReadOnlyDictionary<OptionKey, string> options,
    TimeZoneInfo machineZone) : ISettingsSource
{
    private readonly Dictionary<int, HomeSettings> _loaded = [];

    public bool IsWindows => OperatingSystem.IsWindows();

    public HomeSettings Load(int? jobId = null)
    {
        var key = jobId ?? -1;
        if (!_loaded.TryGetValue(key, out var settings))
        {
            settings = Read(jobId);
            _loaded[key] = settings;
        }

        return settings;
    }

    private HomeSettings Read(int? jobId)
    {
        var problems = new List<Diagnostic>();
        var main = ConfigFileReader.Read(home.ConfigPath, "config.ini", problems);
        var job = jobId is int id ? ConfigFileReader.Read(home.JobConfigPath(id), home.Show(home.JobConfigPath(id)).Replace('\\', '/'), problems) : null;
        var config = LayeredConfig.Create(new ConfigSources
        {
            CommandLine = options,
            Variables = variables,
            Main = main,
            Job = job,
            Windows = IsWindows,
        });
        problems.AddRange(config.Check());
        var scheduler = SchedulerSettings.From(config, out var schedulerErrors);
        problems.AddRange(schedulerErrors);
        if (jobId is not null)
        {
            JobPolicy.From(config, out var policyErrors);
            problems.AddRange(policyErrors);
        }

        return new HomeSettings(config, Zone(config, scheduler?.TimeZoneId, problems), problems.Distinct().ToList());
    }

    private TimeZoneInfo Zone(LayeredConfig config, string? id, List<Diagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return machineZone;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            var origin = config.Get(SectionNames.Scheduler, "timezone")!.Origin;
            problems.Add(origin.Report($"[SCHEDULER] timezone = '{id}' is not a time zone of this machine; write an IANA id such as Europe/Berlin or America/New_York (or a Windows id), or leave it empty for the machine's zone"));
            return machineZone;
        }
    }
}
