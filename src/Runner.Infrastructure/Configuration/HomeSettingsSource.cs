using Runner.Core.Configuration;
using Runner.Core.Diagnostics;
using Runner.Engine.Ports;
using Runner.Infrastructure.Home;

namespace Runner.Infrastructure.Configuration;

/// <summary>
/// Loads the configuration in force from the home: config.ini and a job's config.ini with
/// their includes, the process environment and the command-line options the front end
/// passes in; resolves the schedule's time zone. Keeps what it loaded per job id and loads
/// again when config.ini or the job's config.ini changed (their write times; a change made
/// only in an included file is seen after one of those two is touched, or on a restart).
/// The machine's zone is asked for only when the configuration names none (or a bad one).
/// </summary>
public sealed class HomeSettingsSource(
    RunnerHome home,
    IReadOnlyDictionary<string, string> variables,
    IReadOnlyDictionary<OptionKey, string> options,
    Lazy<TimeZoneInfo> machineZone) : ISettingsSource
{
    public HomeSettingsSource(
        RunnerHome home,
        IReadOnlyDictionary<string, string> variables,
        IReadOnlyDictionary<OptionKey, string> options,
        TimeZoneInfo machineZone)
        : this(home, variables, options, new Lazy<TimeZoneInfo>(machineZone))
    {
    }

    private readonly Dictionary<int, Loaded> _loaded = [];
    private readonly Lock _gate = new();

    public bool IsWindows => OperatingSystem.IsWindows();

    public HomeSettings Load(int? jobId = null)
    {
        var key = jobId ?? -1;
        var main = File.GetLastWriteTimeUtc(home.ConfigPath);
        var job = jobId is int id ? File.GetLastWriteTimeUtc(home.JobConfigPath(id)) : DateTime.MinValue;
        lock (_gate)
        {
            if (!_loaded.TryGetValue(key, out var loaded) || loaded.Main != main || loaded.Job != job)
            {
                loaded = new Loaded(Read(jobId), main, job);
                _loaded[key] = loaded;
            }

            return loaded.Settings;
        }
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
            return machineZone.Value;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            var origin = config.Get(SectionNames.Scheduler, "timezone")!.Origin;
            problems.Add(origin.Report($"[SCHEDULER] timezone = '{id}' is not a time zone of this machine; write an IANA id such as Europe/Berlin or America/New_York (or a Windows id), or leave it empty for the machine's zone"));
            return machineZone.Value;
        }
    }

    /// <summary>Settings as loaded, with the write times of the files they came from (a class: no value-type generics to JIT at start-up).</summary>
    private sealed record Loaded(HomeSettings Settings, DateTime Main, DateTime Job);
}
