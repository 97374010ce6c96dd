using Runner.Core.Configuration;
using Runner.Core.Diagnostics;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Engine.Jobs;

/// <summary>
/// Setting a home up and checking it: the first config.ini, <c>create scheduler</c>, and
/// <c>check schedule</c>. Never destroys what exists; edits config.ini in place.
/// </summary>
public sealed class SetupService(
    IHomeLock homeLock, IConfigFile configFile, IScheduleFile scheduleFile, IJobFolders folders, ISettingsSource settings)
{
    /// <summary>Creates config.ini with every option and its default when there is none; null when it existed.</summary>
    public SetupStep? EnsureConfig()
    {
        using var held = homeLock.Acquire();
        if (configFile.Read() is not null)
        {
            return null;
        }

        configFile.Write(OptionCatalog.DefaultConfigText(settings.IsWindows, "\n"));
        return new SetupStep(configFile.Path, SetupAction.Created);
    }

    /// <summary>
    /// Keeps the scheduler's name and description in config.ini (when given), creates
    /// schedule.tsv with its header, jobs/ and logs/; reports each as created, updated or existing.
    /// </summary>
    public IReadOnlyList<SetupStep> CreateScheduler(string? name, string? description)
    {
        var steps = new List<SetupStep>();
        if (EnsureConfig() is { } created)
        {
            steps.Add(created);
        }

        using var held = homeLock.Acquire();
        var config = IniDocument.Parse(configFile.Read() ?? string.Empty, configFile.Path, out _);
        var edited = config;
        foreach (var (option, value) in new[] { ("name", name), ("description", description) })
        {
            if (value is not null && edited.Get(SectionNames.Scheduler, option)?.Value != value)
            {
                edited = edited.Set(SectionNames.Scheduler, option, value);
            }
        }

        if (!ReferenceEquals(edited, config))
        {
            configFile.Write(edited.ToText());
            if (steps.Count == 0)
            {
                steps.Add(new SetupStep(configFile.Path, SetupAction.Updated));
            }
        }

        if (scheduleFile.Read() is null)
        {
            scheduleFile.Write(ScheduleTable.NewFileText());
            steps.Add(new SetupStep(scheduleFile.ShownAs, SetupAction.Created));
        }
        else
        {
            steps.Add(new SetupStep(scheduleFile.ShownAs, SetupAction.Exists));
        }

        var made = folders.EnsureHomeFolders();
        steps.AddRange(made.Select(f => new SetupStep(f, SetupAction.Created)));
        return steps;
    }

    /// <summary>Every problem of schedule.tsv, config.ini (with includes) and each job's config.ini (the main one parsed once).</summary>
    public CheckReport Check()
    {
        var main = settings.Load();
        var problems = new List<Diagnostic>(main.Problems);
        var text = scheduleFile.Read();
        if (text is null)
        {
            problems.Add(new Diagnostic(scheduleFile.ShownAs, 0, 0, "does not exist; create it with `runner create scheduler`"));
            return new CheckReport(problems, 0);
        }

        var read = ScheduleReader.Read(text, scheduleFile.ShownAs, main.Environments);
        problems.AddRange(read.Errors);
        var resolved = new JobResolver(settings).Resolve(read.Schedule);
        problems.AddRange(resolved.JobProblems().Where(p => !main.Problems.Contains(p)));
        return new CheckReport(problems.Distinct().ToList(), read.Schedule.Count);
    }
}
