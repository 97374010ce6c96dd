using Runner.Engine.Ports;
using Runner.Testing.Stores;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// The in-memory run history with every prune counted and awaitable (<see cref="WhenPruned"/>),
/// and made to fail on demand (<see cref="PruneFailure"/>: a locked database).
/// </summary>
public sealed class WatchedRunStore(MemoryRunStore inner) : IRunStore
{
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _prunes;

    /// <summary>When set, every prune throws it.</summary>
    public Exception? PruneFailure { get; set; }

    /// <summary>Prunes attempted so far, failed ones included.</summary>
    public int Prunes
    {
        get
        {
            lock (_gate)
            {
                return _prunes;
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> prunes were attempted.</summary>
    public Task WhenPruned(int count)
    {
        lock (_gate)
        {
            if (_prunes >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }

    public IReadOnlyList<string> Prune(DateTimeOffset? olderThan, int? keepPerJob)
    {
        try
        {
            return PruneFailure is { } failure ? throw failure : inner.Prune(olderThan, keepPerJob);
        }
        finally
        {
            lock (_gate)
            {
                _prunes++;
                _waiters.RemoveAll(w => w.Count <= _prunes && w.Done.TrySetResult());
            }
        }
    }

    public RunRecord Begin(RunRecord run) => inner.Begin(run);

    public void Started(RunRecord run) => inner.Started(run);

    public void Finish(RunRecord run) => inner.Finish(run);

    public RunRecord Record(RunRecord run) => inner.Record(run);

    public RunRecord? Find(long runId) => inner.Find(runId);

    public IReadOnlyList<RunRecord> History(HistoryQuery query) => inner.History(query);

    public IReadOnlyList<RunRecord> Unfinished() => inner.Unfinished();
}
