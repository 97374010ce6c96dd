using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Runner.Core.Configuration;
using Runner.Core.Diagnostics;
using Runner.Engine.Ports;
using Runner.Infrastructure.Home;

namespace Runner.Infrastructure.Configuration;

/// <summary>
/// Loads the configuration in force from the home: config.ini with its includes, a job's
/// config.ini with its includes laid over it, the process environment and the command-line
/// options the front end passes in; resolves the schedule's time zone. The main configuration
/// is parsed once per version: <see cref="Load"/> stats config.ini and every file it included
/// (or named and found missing) and parses again only when one of them changed. A job's files
/// are read by <see cref="LoadJob"/> alone, and nothing of them is kept here but the paths of
/// the files a job includes, for <see cref="JobVersion"/>. The machine's zone is asked for only
/// when the configuration names none (or a bad one).
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

    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<int, string[]> _jobIncludes = new();
    private Loaded? _main;
    private volatile JobConfig? _none;

    public bool IsWindows => OperatingSystem.IsWindows();

    public HomeSettings Load()
    {
        lock (_gate)
        {
            if (_main is { } loaded && Stamp(loaded.Files) == loaded.Stamp)
            {
                return loaded.Settings;
            }

            var files = new List<string>();
            var settings = Read(files);
            _main = new Loaded(settings, files, Stamp(files));
            return settings;
        }
    }

    public JobConfig LoadJob(int jobId, HomeSettings main)
    {
        var path = home.JobConfigPath(jobId);
        if (!File.Exists(path))
        {
            // Most jobs of a large schedule have no folder: one stat, nothing allocated.
            _jobIncludes.TryRemove(jobId, out _);
            return NoJobConfig(main);
        }

        var looked = new List<string>();
        var problems = new List<Diagnostic>();
        var file = ConfigFileReader.Read(path, home.Show(path).Replace('\\', '/'), problems, looked);
        if (looked.Count > 1)
        {
            _jobIncludes[jobId] = [.. looked.Skip(1)];
        }
        else
        {
            _jobIncludes.TryRemove(jobId, out _);
        }

        var version = Stamp(looked);
        if (file is null)
        {
            return new JobConfig(main.Config, problems, version);
        }

        var config = main.Config.WithJob(file);
        problems.AddRange(config.CheckOwn());
        return new JobConfig(config, problems.Distinct().ToList(), version);
    }

    /// <remarks>
    /// The running scheduler asks this of a thousand jobs a second: a job without includes and
    /// without a config.ini (most jobs of a large schedule) costs one stat and no allocation but its path.
    /// </remarks>
    public string JobVersion(int jobId)
    {
        var path = home.JobConfigPath(jobId);
        if (_jobIncludes.TryGetValue(jobId, out var includes))
        {
            return Stamp([Path.GetFullPath(path), .. includes]);
        }

        return File.Exists(path) ? Stamp([path]) : Missing;
    }

    /// <summary>The configuration of every job without a config.ini: the main one, one instance per version of it.</summary>
    private JobConfig NoJobConfig(HomeSettings main)
    {
        var known = _none;
        if (known is not null && ReferenceEquals(known.Config, main.Config))
        {
            return known;
        }

        known = new JobConfig(main.Config, [], Missing);
        _none = known;
        return known;
    }

    /// <summary>The stamp of a job without a config.ini (and so without includes).</summary>
    private const string Missing = "-;";

    /// <summary>The sizes and write times of the files, in order: equal stamps, unchanged files.</summary>
    private static string Stamp(IReadOnlyList<string> files)
    {
        var stamp = new StringBuilder();
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            stamp.Append(info.Exists ? info.Length.ToString(CultureInfo.InvariantCulture) + "@" + info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture) : "-").Append(';');
        }

        return stamp.ToString();
    }

    private HomeSettings Read(List<string> files)
    {
        var problems = new List<Diagnostic>();
        var main = ConfigFileReader.Read(home.ConfigPath, "config.ini", problems, files);
        var config = LayeredConfig.Create(new ConfigSources
        {
            CommandLine = options,
            Variables = variables,
            Main = main,
            Windows = IsWindows,
        });
        problems.AddRange(config.Check());
        var scheduler = SchedulerSettings.From(config, out var schedulerErrors);
        problems.AddRange(schedulerErrors);
        if (DatabaseSettings.NotSupportedYet(config) is { } database)
        {
            problems.Add(database);
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

    /// <summary>The main settings as loaded, with the files they came from and their stamp then.</summary>
    private sealed record Loaded(HomeSettings Settings, IReadOnlyList<string> Files, string Stamp);
}
