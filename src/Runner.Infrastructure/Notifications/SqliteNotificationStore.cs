using Microsoft.Data.Sqlite;
using Runner.Core.Notifications;
using Runner.Engine.Ports;
using Runner.Infrastructure.Storage;

namespace Runner.Infrastructure.Notifications;

/// <summary>
/// The outbox and alarm state in runner.db. Each event is one <c>BEGIN IMMEDIATE</c>
/// transaction: the run's row, the subject's alarm state and the queued messages commit
/// together, so a crash leaves all or none. <see cref="Claim"/> leases rows under the write
/// lock, so concurrent deliverers (the scheduler, <c>run job</c>, <c>notify</c>) never take one message twice.
/// </summary>
public sealed class SqliteNotificationStore(RunnerDatabase database) : INotificationStore
{
    private const string Columns =
        "message_id, channel, event, job_id, run_id, recipients, sender, subject, body_text, body_html, attachment_name, attachment, url, payload, attempts, created_utc";

    public void FinishRun(RunRecord run, string subject, Func<RunRecord, AlarmState, AlarmUpdate> decide)
    {
        if (run.Finished is null || run.Outcome == Core.Runs.RunOutcome.Running)
        {
            throw new ArgumentException($"run {run.RunId} has no end to record", nameof(run));
        }

        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var command = Command(connection, transaction, SqliteRunStore.Update))
        {
            RunRows.BindFinish(command, run);
            if (command.ExecuteNonQuery() == 0)
            {
                throw new InvalidOperationException($"no run {run.RunId} in {database.Path}");
            }
        }

        Apply(connection, transaction, subject, state => decide(run, state));
        transaction.Commit();
    }

    public RunRecord RecordRun(RunRecord run, string subject, Func<RunRecord, AlarmState, AlarmUpdate> decide)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        RunRecord stored;
        using (var command = Command(connection, transaction, SqliteRunStore.Insert))
        {
            RunRows.Bind(command, run);
            stored = RunRows.AsStored(run, (long)command.ExecuteScalar()!);
        }

        Apply(connection, transaction, subject, state => decide(stored, state));
        transaction.Commit();
        return stored;
    }

    public void Update(string subject, Func<AlarmState, AlarmUpdate> decide)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        Apply(connection, transaction, subject, decide);
        transaction.Commit();
    }

    public AlarmState State(string subject)
    {
        using var connection = database.Connect();
        return ReadState(connection, null, subject);
    }

    public long Enqueue(OutboxMessage message)
    {
        using var connection = database.Connect();
        return Insert(connection, null, message);
    }

    public IReadOnlyList<OutboxMessage> Claim(DateTimeOffset now, TimeSpan lease, int max, IReadOnlyCollection<long>? only = null)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        var filter = only is null ? string.Empty : $" AND message_id IN ({string.Join(", ", only.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var messages = new List<OutboxMessage>();
        using (var select = Command(connection, transaction,
            $"SELECT {Columns} FROM outbox WHERE state = 'pending' AND next_attempt_utc <= $now AND (lease_until_utc IS NULL OR lease_until_utc <= $now){filter} ORDER BY message_id LIMIT $max;"))
        {
            select.Parameters.AddWithValue("$now", StoredInstant.ToStored(now));
            select.Parameters.AddWithValue("$max", max);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                messages.Add(Read(reader));
            }
        }

        foreach (var message in messages)
        {
            using var hold = Command(connection, transaction, "UPDATE outbox SET lease_until_utc = $until WHERE message_id = $id;");
            hold.Parameters.AddWithValue("$until", StoredInstant.ToStored(now + lease));
            hold.Parameters.AddWithValue("$id", message.Id);
            hold.ExecuteNonQuery();
        }

        transaction.Commit();
        return messages;
    }

    public void Delivered(long id, DateTimeOffset at) =>
        Execute("UPDATE outbox SET state = 'sent', sent_utc = $at, attempts = attempts + 1, lease_until_utc = NULL, last_error = NULL WHERE message_id = $id;", id, at, null);

    public void Retry(long id, string failure, DateTimeOffset retryAt) =>
        Execute("UPDATE outbox SET next_attempt_utc = $at, attempts = attempts + 1, lease_until_utc = NULL, last_error = $error WHERE message_id = $id;", id, retryAt, failure);

    public void GiveUp(long id, string failure, DateTimeOffset at) =>
        Execute("UPDATE outbox SET state = 'dead', next_attempt_utc = $at, attempts = attempts + 1, lease_until_utc = NULL, last_error = $error WHERE message_id = $id;", id, at, failure);

    public DateTimeOffset? NextDue()
    {
        using var connection = database.Connect();
        using var command = Command(connection, null, "SELECT MIN(MAX(next_attempt_utc, COALESCE(lease_until_utc, 0))) FROM outbox WHERE state = 'pending';");
        return command.ExecuteScalar() is long due ? StoredInstant.FromStored(due) : null;
    }

    public OutboxEntry? Find(long id)
    {
        using var connection = database.Connect();
        using var command = Command(connection, null, $"SELECT {Columns}, state, sent_utc, last_error FROM outbox WHERE message_id = $id;");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new OutboxEntry(Read(reader), reader.GetString(16), reader.IsDBNull(17) ? null : StoredInstant.FromStored(reader.GetInt64(17)), reader.IsDBNull(18) ? null : reader.GetString(18))
            : null;
    }

    private static void Apply(SqliteConnection connection, SqliteTransaction transaction, string subject, Func<AlarmState, AlarmUpdate> decide)
    {
        var update = decide(ReadState(connection, transaction, subject));
        using (var command = Command(connection, transaction, """
            INSERT INTO alarm_state (subject, failures, alarmed, last_alarm_utc, suppressed, errors_key)
            VALUES ($subject, $failures, $alarmed, $last_alarm_utc, $suppressed, $errors_key)
            ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, alarmed = excluded.alarmed,
                last_alarm_utc = excluded.last_alarm_utc, suppressed = excluded.suppressed, errors_key = excluded.errors_key;
            """))
        {
            var next = update.Next;
            command.Parameters.AddWithValue("$subject", subject);
            command.Parameters.AddWithValue("$failures", next.Failures);
            command.Parameters.AddWithValue("$alarmed", next.Alarmed ? 1 : 0);
            command.Parameters.AddWithValue("$last_alarm_utc", StoredInstant.ToStoredOrNull(next.LastAlarm));
            command.Parameters.AddWithValue("$suppressed", next.Suppressed);
            command.Parameters.AddWithValue("$errors_key", (object?)next.ErrorsKey ?? DBNull.Value);
            command.ExecuteNonQuery();
        }

        foreach (var message in update.Messages)
        {
            Insert(connection, transaction, message);
        }
    }

    private static AlarmState ReadState(SqliteConnection connection, SqliteTransaction? transaction, string subject)
    {
        using var command = Command(connection, transaction, "SELECT failures, alarmed, last_alarm_utc, suppressed, errors_key FROM alarm_state WHERE subject = $subject;");
        command.Parameters.AddWithValue("$subject", subject);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new AlarmState(reader.GetInt32(0), reader.GetInt64(1) != 0, reader.IsDBNull(2) ? null : StoredInstant.FromStored(reader.GetInt64(2)), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4))
            : AlarmState.Initial;
    }

    private static long Insert(SqliteConnection connection, SqliteTransaction? transaction, OutboxMessage message)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO outbox (channel, event, job_id, run_id, recipients, sender, subject, body_text, body_html, attachment_name, attachment, url, payload, created_utc, next_attempt_utc)
            VALUES ($channel, $event, $job_id, $run_id, $recipients, $sender, $subject, $body_text, $body_html, $attachment_name, $attachment, $url, $payload, $created_utc, $created_utc)
            RETURNING message_id;
            """);
        var p = command.Parameters;
        p.AddWithValue("$channel", message.Channel == NoticeChannel.Email ? "email" : "webhook");
        p.AddWithValue("$event", message.Event);
        p.AddWithValue("$job_id", (object?)message.JobId ?? DBNull.Value);
        p.AddWithValue("$run_id", (object?)message.RunId ?? DBNull.Value);
        p.AddWithValue("$recipients", string.Join(", ", message.To));
        p.AddWithValue("$sender", message.From);
        p.AddWithValue("$subject", message.Subject);
        p.AddWithValue("$body_text", message.Text);
        p.AddWithValue("$body_html", (object?)message.Html ?? DBNull.Value);
        p.AddWithValue("$attachment_name", (object?)message.AttachmentName ?? DBNull.Value);
        p.AddWithValue("$attachment", message.Attachment.IsEmpty ? DBNull.Value : message.Attachment.ToArray());
        p.AddWithValue("$url", (object?)message.Url?.ToString() ?? DBNull.Value);
        p.AddWithValue("$payload", (object?)message.Payload ?? DBNull.Value);
        p.AddWithValue("$created_utc", StoredInstant.ToStored(message.Created));
        return (long)command.ExecuteScalar()!;
    }

    private static OutboxMessage Read(SqliteDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1) == "email" ? NoticeChannel.Email : NoticeChannel.Webhook,
        row.GetString(2),
        row.IsDBNull(3) ? null : row.GetInt32(3),
        row.IsDBNull(4) ? null : row.GetInt64(4),
        [.. row.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        row.GetString(6),
        row.GetString(7),
        row.GetString(8),
        row.IsDBNull(9) ? null : row.GetString(9),
        row.IsDBNull(10) ? null : row.GetString(10),
        row.IsDBNull(11) ? ReadOnlyMemory<byte>.Empty : (byte[])row.GetValue(11),
        row.IsDBNull(12) ? null : new Uri(row.GetString(12)),
        row.IsDBNull(13) ? null : row.GetString(13),
        row.GetInt32(14),
        StoredInstant.FromStored(row.GetInt64(15)));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private void Execute(string sql, long id, DateTimeOffset at, string? failure)
    {
        using var connection = database.Connect();
        using var command = Command(connection, null, sql);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", StoredInstant.ToStored(at));
        command.Parameters.AddWithValue("$error", (object?)failure ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
