using Microsoft.Data.Sqlite;
using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Storage;

/// <summary>A <see cref="RunRecord"/> as a row of <c>runs</c>, both ways.</summary>
internal static class RunRows
{
    /// <summary>The columns in the order <see cref="Read"/> expects.</summary>
    public const string Columns =
        "run_id, job_id, job_name, trigger_utc, trigger_offset_minutes, scheduled_utc, started_utc, finished_utc, "
        + "outcome, exit_code, attempt, host, pid, log_path, message, kind, node";

    /// <summary>The insert's column list and parameters (everything but the new run id).</summary>
    public const string InsertColumns =
        "(job_id, job_name, trigger_utc, trigger_offset_minutes, scheduled_utc, started_utc, finished_utc, "
        + "outcome, exit_code, attempt, host, pid, log_path, message, kind, node)";

    public const string InsertValues =
        "($job_id, $job_name, $trigger_utc, $trigger_offset_minutes, $scheduled_utc, $started_utc, $finished_utc, "
        + "$outcome, $exit_code, $attempt, $host, $pid, $log_path, $message, $kind, $node)";

    public static void Bind(SqliteCommand command, RunRecord run)
    {
        var parameters = command.Parameters;
        parameters.AddWithValue("$job_id", run.JobId);
        parameters.AddWithValue("$job_name", run.JobName);
        parameters.AddWithValue("$trigger_utc", StoredInstant.ToStored(run.Trigger));
        parameters.AddWithValue("$trigger_offset_minutes", StoredInstant.OffsetMinutes(run.Trigger));
        parameters.AddWithValue("$scheduled_utc", StoredInstant.ToStoredOrNull(run.Scheduled));
        parameters.AddWithValue("$started_utc", StoredInstant.ToStored(run.Started));
        BindEnd(command, run);
        parameters.AddWithValue("$attempt", run.Attempt);
        parameters.AddWithValue("$host", run.Host);
        parameters.AddWithValue("$kind", run.Kind.Name());
        parameters.AddWithValue("$node", run.Node);
    }

    /// <summary>The fields a run's end sets (outcome, exit code, end, message) and those learned after its begin (pid, log).</summary>
    public static void BindEnd(SqliteCommand command, RunRecord run)
    {
        var parameters = command.Parameters;
        parameters.AddWithValue("$finished_utc", StoredInstant.ToStoredOrNull(run.Finished));
        parameters.AddWithValue("$outcome", (int)run.Outcome);
        parameters.AddWithValue("$exit_code", (object?)run.ExitCode ?? DBNull.Value);
        parameters.AddWithValue("$pid", (object?)run.Pid ?? DBNull.Value);
        parameters.AddWithValue("$log_path", (object?)run.LogPath ?? DBNull.Value);
        parameters.AddWithValue("$message", (object?)run.Message ?? DBNull.Value);
    }

    /// <summary>The parameters of <see cref="SqliteRunStore.Update"/>: the end's fields, the start time (a begun run started later) and the run id.</summary>
    public static void BindFinish(SqliteCommand command, RunRecord run)
    {
        BindEnd(command, run);
        command.Parameters.AddWithValue("$started_utc", StoredInstant.ToStored(run.Started));
        command.Parameters.AddWithValue("$run_id", run.RunId);
    }

    public static RunRecord Read(SqliteDataReader row) => new RunRecord(
        RunId: row.GetInt64(0),
        JobId: row.GetInt32(1),
        JobName: row.GetString(2),
        Trigger: StoredInstant.FromStored(row.GetInt64(3), row.GetInt32(4)),
        Scheduled: row.IsDBNull(5) ? null : StoredInstant.FromStored(row.GetInt64(5)),
        Started: StoredInstant.FromStored(row.GetInt64(6)),
        Finished: row.IsDBNull(7) ? null : StoredInstant.FromStored(row.GetInt64(7)),
        Outcome: (RunOutcome)row.GetInt32(8),
        ExitCode: row.IsDBNull(9) ? null : row.GetInt32(9),
        Attempt: row.GetInt32(10),
        Host: row.GetString(11),
        Pid: row.IsDBNull(12) ? null : row.GetInt32(12),
        LogPath: row.IsDBNull(13) ? null : row.GetString(13),
        Message: row.IsDBNull(14) ? null : row.GetString(14),
        Kind: RunKinds.Parse(row.GetString(15)))
    {
        Node = row.GetString(16),
    };

    public static List<RunRecord> ReadAll(SqliteCommand command)
    {
        var runs = new List<RunRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs.Add(Read(reader));
        }

        return runs;
    }

    /// <summary>The record as <see cref="Read"/> returns it once stored: instants to the millisecond, the trigger at its offset, the others in UTC.</summary>
    public static RunRecord AsStored(RunRecord run, long runId) => run with
    {
        RunId = runId,
        Trigger = StoredInstant.Truncate(run.Trigger),
        Scheduled = run.Scheduled is { } scheduled ? StoredInstant.FromStored(StoredInstant.ToStored(scheduled)) : null,
        Started = StoredInstant.FromStored(StoredInstant.ToStored(run.Started)),
        Finished = run.Finished is { } finished ? StoredInstant.FromStored(StoredInstant.ToStored(finished)) : null,
    };
}
