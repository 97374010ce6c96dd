using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Testing.Stores;

/// <summary>
/// An in-memory run history with the SQLite store's contract (<c>RunStoreContract</c>): run ids
/// increase and are never reused, instants are kept to the millisecond (the trigger at its
/// offset, the others in UTC), history is newest first, pruning ranks by count before deleting by
/// age and never touches a running run. Thread-safe.
/// </summary>
public sealed class MemoryRunStore : IRunStore
{
    private readonly SortedDictionary<long, RunRecord> _runs = [];
    private long _lastId;

    /// <summary>The lock of the whole "database": <see cref="MemoryNotificationStore"/> and <see cref="MemoryFireLedger"/> take it too.</summary>
    internal Lock Gate { get; } = new();

    public RunRecord Begin(RunRecord run)
    {
        if (run.Outcome != RunOutcome.Running)
        {
            throw new ArgumentException($"Begin records a started run, whose outcome is RUNNING, not {run.Outcome.DisplayName()}", nameof(run));
        }

        lock (Gate)
        {
            return Insert(run);
        }
    }

    public void Started(RunRecord run)
    {
        lock (Gate)
        {
            var stored = Existing(run.RunId);
            _runs[run.RunId] = stored with { Started = Stored.Utc(run.Started), Pid = run.Pid, LogPath = run.LogPath ?? stored.LogPath };
        }
    }

    public void Finish(RunRecord run)
    {
        RequireEnd(run);
        if (run.Finished is null)
        {
            throw new ArgumentException($"run {run.RunId} is finished without an end time; set Finished", nameof(run));
        }

        lock (Gate)
        {
            Put(Ended(run));
        }
    }

    public RunRecord Record(RunRecord run)
    {
        RequireEnd(run);
        lock (Gate)
        {
            return Insert(run);
        }
    }

    public RunRecord? Find(long runId)
    {
        lock (Gate)
        {
            return _runs.GetValueOrDefault(runId);
        }
    }

    public IReadOnlyList<RunRecord> History(HistoryQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Last, nameof(query));
        lock (Gate)
        {
            return [.. _runs.Values.Reverse()
                .Where(r => (query.JobId is null || r.JobId == query.JobId) && (query.Outcome is null || r.Outcome == query.Outcome))
                .Take(query.Last)];
        }
    }

    public IReadOnlyList<RunRecord> Unfinished()
    {
        lock (Gate)
        {
            return [.. _runs.Values.Where(r => r.Outcome == RunOutcome.Running)];
        }
    }

    public IReadOnlyList<string> Prune(DateTimeOffset? olderThan, int? keepPerJob)
    {
        if (keepPerJob is { } negative && negative < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(keepPerJob), keepPerJob, "the number of runs to keep per job must be 0 or more");
        }

        lock (Gate)
        {
            // Ranked among every run of its job (running ones included) before anything goes, as one SQL transaction does.
            var beyondNewest = keepPerJob is { } keep
                ? _runs.Values.GroupBy(r => r.JobId).SelectMany(job => job.OrderByDescending(r => r.RunId).Skip(keep)).Select(r => r.RunId).ToHashSet()
                : [];
            var limit = olderThan is { } older ? Stored.Milliseconds(older) : (long?)null;
            var doomed = _runs.Values
                .Where(r => r.Outcome != RunOutcome.Running && (beyondNewest.Contains(r.RunId) || Stored.Milliseconds(r.Started) < limit))
                .ToList();
            foreach (var run in doomed)
            {
                _runs.Remove(run.RunId);
            }

            return [.. doomed.Select(r => r.LogPath).OfType<string>()];
        }
    }

    /// <summary>
    /// The stored run with <paramref name="run"/>'s end applied (outcome, exit code, end, message;
    /// pid and log only when given), as the SQL update sets it; not yet stored. The caller holds <see cref="Gate"/>.
    /// </summary>
    internal RunRecord Ended(RunRecord run)
    {
        var stored = Existing(run.RunId);
        return stored with
        {
            Started = Stored.Utc(run.Started),
            Finished = Stored.Utc(run.Finished),
            Outcome = run.Outcome,
            ExitCode = run.ExitCode,
            Message = run.Message,
            Pid = run.Pid ?? stored.Pid,
            LogPath = run.LogPath ?? stored.LogPath,
        };
    }

    /// <summary>Replaces a stored run; the caller holds <see cref="Gate"/>.</summary>
    internal void Put(RunRecord run) => _runs[run.RunId] = run;

    /// <summary>The record as it will read back under the next id, not yet stored; the caller holds <see cref="Gate"/>.</summary>
    internal RunRecord NextStored(RunRecord run) => run with
    {
        RunId = _lastId + 1,
        Trigger = Stored.AtOwnOffset(run.Trigger),
        Scheduled = Stored.Utc(run.Scheduled),
        Started = Stored.Utc(run.Started),
        Finished = Stored.Utc(run.Finished),
    };

    /// <summary>Stores a record made by <see cref="NextStored"/>, taking its id; the caller holds <see cref="Gate"/>.</summary>
    internal RunRecord Add(RunRecord stored)
    {
        _lastId = stored.RunId;
        _runs.Add(stored.RunId, stored);
        return stored;
    }

    private static void RequireEnd(RunRecord run)
    {
        if (run.Outcome == RunOutcome.Running)
        {
            throw new ArgumentException("Record and Finish take a run that has ended, with an outcome other than RUNNING", nameof(run));
        }
    }

    private RunRecord Insert(RunRecord run) => Add(NextStored(run));

    private RunRecord Existing(long runId) =>
        _runs.TryGetValue(runId, out var run) ? run : throw new InvalidOperationException($"run {runId} is not in the history");
}
