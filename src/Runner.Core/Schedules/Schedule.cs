namespace Runner.Core.Schedules;

/// <summary>The valid jobs of a schedule file, in file order, with lookup by id.</summary>
public sealed class Schedule
{
    private readonly Dictionary<int, Job> _byId;

    public Schedule(IEnumerable<Job> jobs)
    {
        Jobs = [.. jobs];
        _byId = new Dictionary<int, Job>(Jobs.Count);
        foreach (var job in Jobs)
        {
            _byId.TryAdd(job.Id, job);
        }
    }

    /// <summary>A schedule with no jobs.</summary>
    public static Schedule Empty { get; } = new([]);

    /// <summary>The jobs in file order.</summary>
    public IReadOnlyList<Job> Jobs { get; }

    public int Count => Jobs.Count;

    /// <summary>The job with <paramref name="id"/> (the first one, should ids repeat), or null.</summary>
    public Job? Find(int id) => _byId.TryGetValue(id, out var job) ? job : null;
}
