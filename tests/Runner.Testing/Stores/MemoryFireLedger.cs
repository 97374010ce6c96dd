using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Testing.Stores;

/// <summary>
/// An in-memory fire ledger with the SQLite ledger's contract (<c>FireLedgerContract</c>): the
/// first claimer of a (job, scheduled instant) wins, instants are kept to the millisecond and
/// read back in UTC, and a claim begins the fire's run in the run history it shares a "database"
/// with (its own when none is given), under the same lock: both or neither. Thread-safe.
/// </summary>
public sealed class MemoryFireLedger(MemoryRunStore? runs = null) : IFireLedger
{
    private readonly MemoryRunStore _runs = runs ?? new MemoryRunStore();
    private readonly Dictionary<(int, DateTimeOffset), long?> _claimed = [];
    private readonly Dictionary<int, DateTimeOffset> _last = [];

    /// <summary>When set, every claim throws it (an unreachable database).</summary>
    public Exception? Failure { get; set; }

    /// <summary>The run history the claims begin their runs in.</summary>
    public MemoryRunStore Runs => _runs;

    public bool TryClaim(int jobId, DateTimeOffset instant)
    {
        ThrowFailure();
        lock (_runs.Gate)
        {
            return Claim(jobId, Stored.Utc(instant));
        }
    }

    public IReadOnlyList<RunRecord?> ClaimAll(IReadOnlyList<FireClaim> claims)
    {
        ThrowFailure();
        lock (_runs.Gate)
        {
            var begun = new RunRecord?[claims.Count];
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                var key = (claim.JobId, Stored.Utc(claim.Scheduled));
                if (!Claim(key.JobId, key.Item2))
                {
                    continue;
                }

                var run = _runs.Begin(new RunRecord(
                    0, claim.JobId, claim.JobName, claim.Scheduled, claim.Scheduled, claim.Scheduled, null, RunOutcome.Running, null, 1, "host", null, null, null, claim.Kind));
                _claimed[key] = run.RunId;
                begun[i] = run;
            }

            return begun;
        }
    }

    public DateTimeOffset? LastClaimed(int jobId)
    {
        lock (_runs.Gate)
        {
            return _last.TryGetValue(jobId, out var last) ? last : null;
        }
    }

    public IReadOnlyDictionary<int, DateTimeOffset> LastClaimedOfAll()
    {
        lock (_runs.Gate)
        {
            return new Dictionary<int, DateTimeOffset>(_last);
        }
    }

    /// <summary>Claims a fire as another process would.</summary>
    public void ClaimElsewhere(int jobId, DateTimeOffset instant) => Assert.True(TryClaim(jobId, instant));

    private void ThrowFailure()
    {
        if (Failure is { } failure)
        {
            throw failure;
        }
    }

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
