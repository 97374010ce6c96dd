using System.Collections.Concurrent;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Engine.Jobs;

/// <summary>
/// The resolved jobs in force, for every consumer of one process. A scheduler publishes each
/// schedule version through <see cref="Apply"/> and notices changed config files with
/// <see cref="Refresh"/>; a command that has no schedule in force resolves the jobs it is asked
/// for, one by one, once each (<paramref name="findRow"/> finds a row of the schedule file).
/// Thread-safe.
/// </summary>
public sealed class JobCatalog(ISettingsSource settings, JobResolver resolver, Func<int, Job?> findRow)
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<int, ResolvedJob?> _single = new();
    private volatile ResolvedSchedule? _current;
    private int _sweep;

    /// <summary>Raised with each version put in force, in order (under the catalog's lock: keep it quick).</summary>
    public event Action<ResolvedSchedule>? Published;

    /// <summary>The schedule in force, resolved; null until <see cref="Apply"/> was called.</summary>
    public ResolvedSchedule? Current => _current;

    /// <summary>The resolved job with the id: from the schedule in force, else resolved on first ask; null when there is no such job.</summary>
    public ResolvedJob? Find(int id) =>
        _current is { } current ? current.Find(id) : _single.GetOrAdd(id, i => findRow(i) is { } row ? resolver.Resolve(row, settings.Load()) : null);

    /// <summary>Resolves a new version of the schedule (reusing the jobs it shares with the one in force) and puts it in force.</summary>
    public ResolvedSchedule Apply(Schedule schedule)
    {
        lock (_gate)
        {
            return Publish(resolver.Resolve(schedule, _current));
        }
    }

    /// <summary>
    /// Looks for changed configuration: the main config.ini and its includes (all jobs are
    /// resolved again when they changed), the files of every job whose configuration is invalid,
    /// and those of the next <paramref name="sweep"/> jobs in a round over the schedule. Returns
    /// the new version put in force, or null when nothing changed.
    /// </summary>
    public ResolvedSchedule? Refresh(int sweep)
    {
        lock (_gate)
        {
            if (_current is not { } current)
            {
                return null;
            }

            if (!ReferenceEquals(settings.Load(), current.Main))
            {
                return Publish(resolver.Resolve(current.Schedule));
            }

            var changed = new HashSet<int>();
            foreach (var job in current.Invalid())
            {
                if (settings.JobVersion(job.Id) != job.Version)
                {
                    changed.Add(job.Id);
                }
            }

            var count = Math.Min(sweep, current.Count);
            for (var i = 0; i < count; i++)
            {
                _sweep = _sweep >= current.Count ? 0 : _sweep;
                var job = current.Jobs[_sweep++];
                if (settings.JobVersion(job.Id) != job.Version)
                {
                    changed.Add(job.Id);
                }
            }

            if (changed.Count == 0)
            {
                return null;
            }

            return Publish(resolver.Resolve(current.Schedule, current, changed));
        }
    }

    private ResolvedSchedule Publish(ResolvedSchedule resolved)
    {
        _current = resolved;
        Published?.Invoke(resolved);
        return resolved;
    }
}
