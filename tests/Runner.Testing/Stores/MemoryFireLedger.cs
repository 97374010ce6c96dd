using Runner.Engine.Ports;

namespace Runner.Testing.Stores;

/// <summary>
/// An in-memory fire ledger with the SQLite ledger's contract (<c>FireLedgerContract</c>): the
/// first claimer of a (job, instant) wins, instants are kept to the millisecond and read back in
/// UTC. Given the run history it shares a "database" with, it refuses to attach a run that is not
/// in it, as runner.db's foreign key does. Thread-safe.
/// </summary>
public sealed class MemoryFireLedger(MemoryRunStore? runs = null) : IFireLedger
{
    private readonly Lock _gate = runs?.Gate ?? new();
    private readonly Dictionary<(int, DateTimeOffset), long?> _claimed = [];
    private readonly Dictionary<int, DateTimeOffset> _last = [];

    /// <summary>When set, every claim throws it (an unreachable database).</summary>
    public Exception? Failure { get; set; }

    public bool TryClaim(int jobId, DateTimeOffset fireUtc) => TryClaimAll([(jobId, fireUtc)])[0];

    public IReadOnlyList<bool> TryClaimAll(IReadOnlyList<(int JobId, DateTimeOffset FireUtc)> fires)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        lock (_gate)
        {
            return [.. fires.Select(f => Claim(f.JobId, Stored.Utc(f.FireUtc)))];
        }
    }

    public void Attach(int jobId, DateTimeOffset fireUtc, long runId)
    {
        lock (_gate)
        {
            var key = (jobId, Stored.Utc(fireUtc));
            if (!_claimed.ContainsKey(key))
            {
                throw new InvalidOperationException($"fire {fireUtc:O} of job {jobId} was never claimed; TryClaim it before attaching a run");
            }

            if (runs is not null && runs.Find(runId) is null)
            {
                throw new InvalidOperationException($"run {runId} is not in the history");
            }

            _claimed[key] = runId;
        }
    }

    public DateTimeOffset? LastClaimed(int jobId)
    {
        lock (_gate)
        {
            return _last.TryGetValue(jobId, out var last) ? last : null;
        }
    }

    public IReadOnlyDictionary<int, DateTimeOffset> LastClaimedOfAll()
    {
        lock (_gate)
        {
            return new Dictionary<int, DateTimeOffset>(_last);
        }
    }

    /// <summary>Claims a fire as another process would.</summary>
    public void ClaimElsewhere(int jobId, DateTimeOffset fireUtc) => Assert.True(TryClaim(jobId, fireUtc));

    private bool Claim(int jobId, DateTimeOffset at)
    {
        if (!_claimed.TryAdd((jobId, at), null))
        {
            return false;
        }

        _last[jobId] = _last.TryGetValue(jobId, out var last) && last > at ? last : at;
        return true;
    }
}
