using Runner.Core.Configuration;
using Runner.Core.Diagnostics;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Engine.Jobs;

/// <summary>
/// Builds the resolved form of each job (<see cref="ResolvedJob"/>): the main configuration is
/// loaded once per version and its settings parsed once, shared by every job that sets no
/// option of its own; a job's config.ini only overlays it. A new schedule version re-resolves
/// only the rows that are new or changed their environment, and the jobs named as refreshed
/// (their config files changed); a new main configuration re-resolves every job. Thread-safe.
/// </summary>
public sealed class JobResolver(ISettingsSource settings)
{
    private readonly Lock _gate = new();
    private Shared? _shared;

    /// <summary>
    /// Resolves <paramref name="schedule"/>, reusing the jobs of <paramref name="previous"/>
    /// (resolved with the main configuration still in force) except those in <paramref name="refresh"/>.
    /// </summary>
    public ResolvedSchedule Resolve(Schedule schedule, ResolvedSchedule? previous = null, IReadOnlySet<int>? refresh = null)
    {
        var main = settings.Load();
        var reuse = previous is not null && ReferenceEquals(previous.Main, main) ? previous : null;
        var jobs = new ResolvedJob[schedule.Count];
        for (var i = 0; i < jobs.Length; i++)
        {
            var row = schedule.Jobs[i];
            if (reuse?.Find(row.Id) is { } old && refresh?.Contains(row.Id) != true && string.Equals(old.Row.Environment, row.Environment, StringComparison.Ordinal))
            {
                jobs[i] = ReferenceEquals(old.Row, row) ? old : old with { Row = row };
            }
            else
            {
                jobs[i] = Resolve(row, main);
            }
        }

        return new ResolvedSchedule(schedule, main, jobs);
    }

    /// <summary>Resolves one row against the main configuration <paramref name="main"/>.</summary>
    public ResolvedJob Resolve(Job row, HomeSettings main)
    {
        var loaded = settings.LoadJob(row.Id, main);
        JobSettings? resolved;
        IReadOnlyList<Diagnostic> errors;
        string? environment;
        if (ReferenceEquals(loaded.Config, main.Config) || !loaded.Config.HasOwnValues)
        {
            var shared = SharedOf(main);
            (resolved, errors) = (shared.Settings, shared.Errors);
            environment = row.Environment.Length == 0 ? string.Empty : shared.Environments.GetValueOrDefault(row.Environment);
        }
        else
        {
            resolved = JobSettings.From(loaded.Config, out errors);
            environment = row.Environment.Length == 0 ? string.Empty : EnvironmentsOf(loaded.Config).GetValueOrDefault(row.Environment);
        }

        var problems = errors.Count == 0 ? loaded.Problems : [.. loaded.Problems.Concat(errors).Distinct()];
        return new ResolvedJob(row, resolved, environment, main.Zone, problems, loaded.Version);
    }

    private static Dictionary<string, string> EnvironmentsOf(LayeredConfig config)
    {
        var commands = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in config.Environments())
        {
            commands.TryAdd(entry.Key.Option, entry.Value);
        }

        return commands;
    }

    /// <summary>The main configuration's job settings, parsed once per version of it.</summary>
    private Shared SharedOf(HomeSettings main)
    {
        lock (_gate)
        {
            if (_shared is { } shared && ReferenceEquals(shared.Main, main))
            {
                return shared;
            }

            var settings = JobSettings.From(main.Config, out var errors);
            _shared = new Shared(main, settings, errors, EnvironmentsOf(main.Config));
            return _shared;
        }
    }

    private sealed record Shared(HomeSettings Main, JobSettings? Settings, IReadOnlyList<Diagnostic> Errors, Dictionary<string, string> Environments);
}
