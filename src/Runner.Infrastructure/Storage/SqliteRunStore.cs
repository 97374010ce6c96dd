using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Storage;

/// <summary>
/// The run history in runner.db's <c>runs</c> table. Every call is one statement or one short
/// <c>BEGIN IMMEDIATE</c> transaction, a run's begin, start and end on the database's kept
/// write connection, the rest on a pooled one, so the store is safe from any number of threads
/// and processes at once; each write is committed when the call returns (see
/// <see cref="RunnerDatabase"/> for what that survives).
/// </summary>
public sealed class SqliteRunStore(RunnerDatabase database) : IRunStore
{
    private const string Select = "SELECT " + RunRows.Columns + " FROM runs";

    internal const string Insert = "INSERT INTO runs " + RunRows.InsertColumns + " VALUES " + RunRows.InsertValues + " RETURNING run_id;";

    internal const string Update =
        "UPDATE runs SET started_utc = $started_utc, finished_utc = $finished_utc, outcome = $outcome, exit_code = $exit_code, message = $message, "
        + "pid = COALESCE($pid, pid), log_path = COALESCE($log_path, log_path) WHERE run_id = $run_id;";

    private const string SetStarted = "UPDATE runs SET started_utc = $started_utc, pid = $pid, log_path = COALESCE($log_path, log_path) WHERE run_id = $run_id;";

    private const string NewestFirst = " ORDER BY run_id DESC LIMIT $last;";

    // Pruning: first by count (ranked over every run of the job, before any is deleted), then by age.
    private const string DeleteBeyondNewest =
        "DELETE FROM runs WHERE run_id IN (SELECT run_id FROM (SELECT run_id, outcome, "
        + "ROW_NUMBER() OVER (PARTITION BY job_id ORDER BY run_id DESC) AS newest FROM runs) "
        + "WHERE newest > $keep AND outcome <> $running) RETURNING log_path;";

    private const string DeleteOlder =
        "DELETE FROM runs WHERE started_utc < $older AND outcome <> $running RETURNING log_path;";

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The run's outcome is not RUNNING.</exception>
    public RunRecord Begin(RunRecord run)
    {
        if (run.Outcome != RunOutcome.Running)
        {
            throw new ArgumentException(StorageMessages.BeginNeedsRunning(run.Outcome), nameof(run));
        }

        return InsertRun(run);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The run has no end: its outcome is RUNNING or it has no end time.</exception>
    /// <exception cref="InvalidOperationException">No run has the record's id.</exception>
    /// <remarks>Also records the pid and log path when the record has them and the stored run did not.</remarks>
    public void Started(RunRecord run)
    {
        var updated = database.Write(writer =>
        {
            var command = writer.Statement(SetStarted);
            command.Parameters.AddWithValue("$started_utc", StoredInstant.ToStored(run.Started));
            command.Parameters.AddWithValue("$pid", (object?)run.Pid ?? DBNull.Value);
            command.Parameters.AddWithValue("$log_path", (object?)run.LogPath ?? DBNull.Value);
            command.Parameters.AddWithValue("$run_id", run.RunId);
            return command.ExecuteNonQuery();
        });
        if (updated == 0)
        {
            throw new InvalidOperationException(StorageMessages.UnknownRun(run.RunId));
        }
    }

    public void Finish(RunRecord run)
    {
        RequireEnd(run);
        if (run.Finished is null)
        {
            throw new ArgumentException(StorageMessages.FinishNeedsEndTime(run.RunId), nameof(run));
        }

        var updated = database.Write(writer =>
        {
            var command = writer.Statement(Update);
            RunRows.BindFinish(command, run);
            return command.ExecuteNonQuery();
        });
        if (updated == 0)
        {
            throw new InvalidOperationException(StorageMessages.UnknownRun(run.RunId));
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The run's outcome is RUNNING.</exception>
    public RunRecord Record(RunRecord run)
    {
        RequireEnd(run);
        return InsertRun(run);
    }

    public RunRecord? Find(long runId)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = Select + " WHERE run_id = $run_id;";
        command.Parameters.AddWithValue("$run_id", runId);
        return RunRows.ReadAll(command) is [var run] ? run : null;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HistoryQuery.Last"/> is negative.</exception>
    public IReadOnlyList<RunRecord> History(HistoryQuery query)
    {
        if (query.Last < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Last, StorageMessages.NegativeLast(query.Last));
        }

        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = (query.JobId, query.Outcome) switch
        {
            (null, null) => Select + NewestFirst,
            (not null, null) => Select + " WHERE job_id = $job_id" + NewestFirst,
            (null, not null) => Select + " WHERE outcome = $outcome" + NewestFirst,
            (not null, not null) => Select + " WHERE job_id = $job_id AND outcome = $outcome" + NewestFirst,
        };
        command.Parameters.AddWithValue("$job_id", (object?)query.JobId ?? DBNull.Value);
        command.Parameters.AddWithValue("$outcome", query.Outcome is { } outcome ? (int)outcome : DBNull.Value);
        command.Parameters.AddWithValue("$last", query.Last);
        return RunRows.ReadAll(command);
    }

    /// <inheritdoc/>
    /// <remarks>Oldest first, in the order they began.</remarks>
    public IReadOnlyList<RunRecord> Unfinished()
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = Select + " WHERE outcome = $running ORDER BY run_id;";
        command.Parameters.AddWithValue("$running", (int)RunOutcome.Running);
        return RunRows.ReadAll(command);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Age is the run's start. The newest <paramref name="keepPerJob"/> are counted among all
    /// runs of the job, RUNNING ones included. The log paths are those of the deleted runs
    /// that had one, each once.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="keepPerJob"/> is negative.</exception>
    public IReadOnlyList<string> Prune(DateTimeOffset? olderThan, int? keepPerJob)
    {
        if (keepPerJob < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(keepPerJob), keepPerJob, StorageMessages.NegativeKeep(keepPerJob.Value));
        }

        var logPaths = new List<string>();
        if (olderThan is null && keepPerJob is null)
        {
            return logPaths;
        }

        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        if (keepPerJob is { } keep)
        {
            Delete(DeleteBeyondNewest, "$keep", keep);
        }

        if (olderThan is { } older)
        {
            Delete(DeleteOlder, "$older", StoredInstant.ToStored(older));
        }

        transaction.Commit();
        return logPaths;

        void Delete(string sql, string limitName, long limit)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue(limitName, limit);
            command.Parameters.AddWithValue("$running", (int)RunOutcome.Running);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0))
                {
                    logPaths.Add(reader.GetString(0));
                }
            }
        }
    }

    private static void RequireEnd(RunRecord run)
    {
        if (run.Outcome == RunOutcome.Running)
        {
            throw new ArgumentException(StorageMessages.RecordNeedsEnd(run.Outcome), nameof(run));
        }
    }

    private RunRecord InsertRun(RunRecord run)
    {
        var runId = database.Write(writer =>
        {
            var command = writer.Statement(Insert);
            RunRows.Bind(command, run);
            return (long)command.ExecuteScalar()!;
        });
        return RunRows.AsStored(run, runId);
    }
}
