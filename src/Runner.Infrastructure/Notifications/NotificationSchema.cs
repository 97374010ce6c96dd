namespace Runner.Infrastructure.Notifications;

/// <summary>
/// runner.db's notification tables (schema step 3). <c>outbox</c>: one row a message and channel,
/// rendered when queued; <c>state</c> is pending, sent or dead; a pending row is due at
/// <c>next_attempt_utc</c> and held by a deliverer until <c>lease_until_utc</c>. <c>alarm_state</c>:
/// what the alarm rules remember per subject (<c>job:ID</c>, <c>schedule</c>).
/// </summary>
internal static class NotificationSchema
{
    public const string Step3 = """
        CREATE TABLE outbox (
            message_id INTEGER PRIMARY KEY AUTOINCREMENT,
            channel TEXT NOT NULL,
            event TEXT NOT NULL,
            job_id INTEGER,
            run_id INTEGER,
            recipients TEXT NOT NULL,
            sender TEXT NOT NULL,
            subject TEXT NOT NULL,
            body_text TEXT NOT NULL,
            body_html TEXT,
            attachment_name TEXT,
            attachment BLOB,
            url TEXT,
            payload TEXT,
            created_utc INTEGER NOT NULL,
            next_attempt_utc INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_until_utc INTEGER,
            state TEXT NOT NULL DEFAULT 'pending',
            sent_utc INTEGER,
            last_error TEXT
        );
        CREATE INDEX outbox_due ON outbox (state, next_attempt_utc);

        CREATE TABLE alarm_state (
            subject TEXT PRIMARY KEY NOT NULL,
            failures INTEGER NOT NULL,
            alarmed INTEGER NOT NULL,
            last_alarm_utc INTEGER,
            suppressed INTEGER NOT NULL,
            errors_key TEXT
        ) WITHOUT ROWID;
        """;
}
