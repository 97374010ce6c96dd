using Runner.Engine.Ports;

namespace Runner.Infrastructure.Storage;

/// <summary>
/// The fire ledger (SPEC §5) in runner.db's <c>fires</c> table: one row per (job, scheduled
/// instant). A claim inserts the row and the fire's run (RUNNING, in <c>runs</c>) in one
/// transaction and links them, so a crash leaves both or neither. Instants are kept to the
/// millisecond, in UTC. <paramref name="host"/> is the machine that runs claimed fires, and
/// <paramref name="node"/> (the host when not given) the node written on each claim and its run.
/// </summary>
public sealed class SqliteFireLedger(RunnerDatabase database, TimeProvider time, string host, string? node = null) : IFireLedger
{
    /// <summary>The state of a fire claimed without a run (<see cref="TryClaim"/>).</summary>
    public const string Claimed = "claimed";

    /// <summary>The state of a fire claimed with its run (<see cref="ClaimAll"/>).</summary>
    public const string Started = "started";

    private const string Claim =
        "INSERT INTO fires (job_id, scheduled_utc, recorded_utc, state, node) VALUES ($job_id, $scheduled_utc, $recorded_utc, $state, $node) "
        + "ON CONFLICT (job_id, scheduled_utc) DO NOTHING;";

    private const string SetRun = "UPDATE fires SET run_id = $run_id WHERE job_id = $job_id AND scheduled_utc = $scheduled_utc;";

    private string Node => node ?? host;

    public bool TryClaim(int jobId, DateTimeOffset instant)
    {
        var recorded = StoredInstant.ToStored(time.GetUtcNow());
        return database.Write(writer =>
        {
            var command = writer.Statement(Claim);
            command.Parameters.AddWithValue("$job_id", jobId);
            command.Parameters.AddWithValue("$scheduled_utc", StoredInstant.ToStored(instant));
            command.Parameters.AddWithValue("$recorded_utc", recorded);
            command.Parameters.AddWithValue("$state", Claimed);
            command.Parameters.AddWithValue("$node", Node);
            return command.ExecuteNonQuery() == 1;
        });
    }

    /// <summary>
    /// Claims the fires in one transaction (one commit for all): for each one inserted, its run
    /// is inserted too (started now, attempt 1, on this host) and linked to it.
    /// </summary>
    public IReadOnlyList<RunRecord?> ClaimAll(IReadOnlyList<FireClaim> claims)
    {
        var runs = new RunRecord?[claims.Count];
        if (claims.Count == 0)
        {
            return runs;
        }

        var now = time.GetUtcNow();
        var recorded = StoredInstant.ToStored(now);
        database.Write(writer =>
        {
            using var transaction = writer.Begin();
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                var fire = StoredInstant.ToStored(claim.Scheduled);
                var insert = writer.Statement(Claim);
                insert.Parameters.AddWithValue("$job_id", claim.JobId);
                insert.Parameters.AddWithValue("$scheduled_utc", fire);
                insert.Parameters.AddWithValue("$recorded_utc", recorded);
                insert.Parameters.AddWithValue("$state", Started);
                insert.Parameters.AddWithValue("$node", Node);
                if (insert.ExecuteNonQuery() != 1)
                {
                    continue;
                }

                var run = new RunRecord(0, claim.JobId, claim.JobName, claim.Scheduled, claim.Scheduled, now, null, Core.Runs.RunOutcome.Running, null, 1, host, null, null, null, claim.Kind) { Node = Node };
                var begin = writer.Statement(SqliteRunStore.Insert);
                RunRows.Bind(begin, run);
                var runId = (long)begin.ExecuteScalar()!;
                var link = writer.Statement(SetRun);
                link.Parameters.AddWithValue("$run_id", runId);
                link.Parameters.AddWithValue("$job_id", claim.JobId);
                link.Parameters.AddWithValue("$scheduled_utc", fire);
                link.ExecuteNonQuery();
                runs[i] = run with { RunId = runId };
            }

            transaction.Commit();
            return runs;
        });
        return runs;
    }

    /// <summary>The latest fire instant ever claimed for the job (in UTC), or null when none was.</summary>
    public DateTimeOffset? LastClaimed(int jobId)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(scheduled_utc) FROM fires WHERE job_id = $job_id;";
        command.Parameters.AddWithValue("$job_id", jobId);
        return command.ExecuteScalar() is long milliseconds ? StoredInstant.FromStored(milliseconds) : null;
    }

    /// <summary>The latest fire instant claimed of every job that has one (in UTC), in one query over the ledger's key.</summary>
    public IReadOnlyDictionary<int, DateTimeOffset> LastClaimedOfAll()
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT job_id, MAX(scheduled_utc) FROM fires GROUP BY job_id;";
        var last = new Dictionary<int, DateTimeOffset>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            last[reader.GetInt32(0)] = StoredInstant.FromStored(reader.GetInt64(1));
        }

        return last;
    }
}
