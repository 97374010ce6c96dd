using Runner.Engine.Ports;

namespace Runner.Infrastructure.Storage;

/// <summary>
/// The fire ledger (SPEC §5) in runner.db's <c>fires</c> table: one row per (job, fire
/// instant), claimed before the job starts, so a fire runs at most once across restarts,
/// clock steps and processes. Instants are kept to the millisecond, in UTC.
/// </summary>
public sealed class SqliteFireLedger(RunnerDatabase database, TimeProvider time) : IFireLedger
{
    /// <summary>The state of a fire that was claimed and has no run yet.</summary>
    public const string Claimed = "claimed";

    /// <summary>The state of a fire whose run was started (<see cref="Attach"/>).</summary>
    public const string Started = "started";

    private const string Claim =
        "INSERT INTO fires (job_id, fire_utc, recorded_utc, state) VALUES ($job_id, $fire_utc, $recorded_utc, $state) "
        + "ON CONFLICT (job_id, fire_utc) DO NOTHING;";

    private const string SetRun = "UPDATE fires SET run_id = $run_id, state = $state WHERE job_id = $job_id AND fire_utc = $fire_utc;";

    /// <summary>
    /// Claims the fire of <paramref name="jobId"/> at <paramref name="fireUtc"/>: true for the
    /// first claimer of that instant in any process, false for every later one.
    /// </summary>
    public bool TryClaim(int jobId, DateTimeOffset fireUtc) => TryClaimAll([(jobId, fireUtc)])[0];

    /// <summary>
    /// Claims the fires in one transaction (one commit for all: the scheduler claims every fire
    /// due at a wake-up together); for each, true when this call was its first claimer.
    /// </summary>
    public IReadOnlyList<bool> TryClaimAll(IReadOnlyList<(int JobId, DateTimeOffset FireUtc)> fires)
    {
        var claimed = new bool[fires.Count];
        if (fires.Count == 0)
        {
            return claimed;
        }

        var recorded = StoredInstant.ToStored(time.GetUtcNow());
        database.Write(writer =>
        {
            using var transaction = writer.Begin();
            var command = writer.Statement(Claim);
            var job = command.Parameters.Add("$job_id", Microsoft.Data.Sqlite.SqliteType.Integer);
            var fire = command.Parameters.Add("$fire_utc", Microsoft.Data.Sqlite.SqliteType.Integer);
            command.Parameters.AddWithValue("$recorded_utc", recorded);
            command.Parameters.AddWithValue("$state", Claimed);
            for (var i = 0; i < fires.Count; i++)
            {
                job.Value = fires[i].JobId;
                fire.Value = StoredInstant.ToStored(fires[i].FireUtc);
                claimed[i] = command.ExecuteNonQuery() == 1;
            }

            transaction.Commit();
            return claimed;
        });
        return claimed;
    }

    /// <summary>Links a claimed fire to the run started for it (the latest attempt's, on retries).</summary>
    /// <exception cref="InvalidOperationException">The fire was never claimed.</exception>
    public void Attach(int jobId, DateTimeOffset fireUtc, long runId)
    {
        var updated = database.Write(writer =>
        {
            var command = writer.Statement(SetRun);
            command.Parameters.AddWithValue("$job_id", jobId);
            command.Parameters.AddWithValue("$fire_utc", StoredInstant.ToStored(fireUtc));
            command.Parameters.AddWithValue("$run_id", runId);
            command.Parameters.AddWithValue("$state", Started);
            return command.ExecuteNonQuery();
        });
        if (updated == 0)
        {
            throw new InvalidOperationException(StorageMessages.UnclaimedFire(jobId, fireUtc));
        }
    }

    /// <summary>The latest fire instant ever claimed for the job (in UTC), or null when none was.</summary>
    public DateTimeOffset? LastClaimed(int jobId)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(fire_utc) FROM fires WHERE job_id = $job_id;";
        command.Parameters.AddWithValue("$job_id", jobId);
        return command.ExecuteScalar() is long milliseconds ? StoredInstant.FromStored(milliseconds) : null;
    }

    /// <summary>The latest fire instant claimed of every job that has one (in UTC), in one query over the ledger's key.</summary>
    public IReadOnlyDictionary<int, DateTimeOffset> LastClaimedOfAll()
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT job_id, MAX(fire_utc) FROM fires GROUP BY job_id;";
        var last = new Dictionary<int, DateTimeOffset>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            last[reader.GetInt32(0)] = StoredInstant.FromStored(reader.GetInt64(1));
        }

        return last;
    }
}
