using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>An in-memory fire ledger with the SQLite ledger's contract (instants kept to the millisecond, in UTC).</summary>
public sealed class MemoryFireLedger : IFireLedger
{
    private readonly Lock _gate = new();
    private readonly HashSet<(int, DateTimeOffset)> _claimed = [];
    private readonly Dictionary<int, DateTimeOffset> _last = [];

    /// <summary>When set, every claim throws it (an unreachable database).</summary>
    public Exception? Failure { get; set; }

    public bool TryClaim(int jobId, DateTimeOffset fireUtc)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        var at = Stored(fireUtc);
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

    public IReadOnlyList<bool> TryClaimAll(IReadOnlyList<(int JobId, DateTimeOffset FireUtc)> fires) =>
        [.. fires.Select(f => TryClaim(f.JobId, f.FireUtc))];

    public void Attach(int jobId, DateTimeOffset fireUtc, long runId)
    {
        lock (_gate)
        {
            if (!_claimed.Contains((jobId, Stored(fireUtc))))
            {
                throw new InvalidOperationException($"fire {fireUtc:O} of job {jobId} was never claimed");
            }
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

    private static DateTimeOffset Stored(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());
}
