using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>An in-memory fire ledger with the SQLite ledger's contract (instants kept to the millisecond, in UTC).</summary>
public sealed class MemoryFireLedger : IFireLedger
{
    private readonly Lock _gate = new();
    private readonly HashSet<(int, DateTimeOffset)> _claimed = [];
    private readonly Dictionary<int, DateTimeOffset> _last = [];
    private long _runs;

    /// <summary>When set, every claim throws it (an unreachable database).</summary>
    public Exception? Failure { get; set; }

    public bool TryClaim(int jobId, DateTimeOffset instant)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        var at = Stored(instant);
        lock (_gate)
        {
            if (!_claimed.Add((jobId, at)))
            {
                return false;
            }

            _last[jobId] = _last.TryGetValue(jobId, out var last) && last > at ? last : at;
            return true;
        }
    }

    /// <summary>Claims each fire as <see cref="TryClaim"/> does and begins its run in memory (ids from 1).</summary>
    public IReadOnlyList<RunRecord?> ClaimAll(IReadOnlyList<FireClaim> claims)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        return [.. claims.Select(c => TryClaim(c.JobId, c.Scheduled)
            ? new RunRecord(Interlocked.Increment(ref _runs), c.JobId, c.JobName, c.Scheduled, c.Scheduled, c.Scheduled, null, Core.Runs.RunOutcome.Running, null, 1, "host", null, null, null, c.Kind)
            : null)];
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

    private static DateTimeOffset Stored(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());
}
