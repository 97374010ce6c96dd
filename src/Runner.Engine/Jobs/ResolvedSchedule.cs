using Runner.Core.Diagnostics;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Engine.Jobs;

/// <summary>
/// One version of the schedule with every job resolved (<see cref="JobResolver"/>): the rows
/// in file order, the main configuration they were resolved with, lookup by id. Immutable:
/// a change makes a new version that shares the unchanged jobs.
/// </summary>
public sealed class ResolvedSchedule
{
    private readonly Dictionary<int, ResolvedJob> _byId;
    private IReadOnlyList<ResolvedJob>? _invalid;

    public ResolvedSchedule(Schedule schedule, HomeSettings main, IReadOnlyList<ResolvedJob> jobs)
    {
        Schedule = schedule;
        Main = main;
        Jobs = jobs;
        _byId = new Dictionary<int, ResolvedJob>(jobs.Count);
        foreach (var job in jobs)
        {
            _byId.TryAdd(job.Id, job);
        }
    }

    /// <summary>The rows as read.</summary>
    public Schedule Schedule { get; }

    /// <summary>The scheduler-wide configuration the jobs were resolved with.</summary>
    public HomeSettings Main { get; }

    /// <summary>The jobs in file order.</summary>
    public IReadOnlyList<ResolvedJob> Jobs { get; }

    public int Count => Jobs.Count;

    /// <summary>The job with the id (the first one, should ids repeat), or null.</summary>
    public ResolvedJob? Find(int id) => _byId.TryGetValue(id, out var job) ? job : null;

    /// <summary>The jobs whose configuration is invalid (not planned, not run), found once per version.</summary>
    public IReadOnlyList<ResolvedJob> Invalid() => _invalid ??= [.. Jobs.Where(j => !j.IsValid)];

    /// <summary>Every problem of the jobs' own config files, each once, in job order.</summary>
    public IReadOnlyList<Diagnostic> JobProblems()
    {
        var seen = new HashSet<Diagnostic>();
        var problems = new List<Diagnostic>();
        foreach (var job in Jobs)
        {
            foreach (var problem in job.Problems)
            {
                if (seen.Add(problem))
                {
                    problems.Add(problem);
                }
            }
        }

        return problems;
    }
}
