namespace Runner.Infrastructure.Storage;

/// <summary>
/// The schema of runner.db as an ordered list of forward steps. A released step never
/// changes: a change of the schema is a new step at the end. Instants are INTEGER unix
/// milliseconds (UTC); a run's trigger also keeps its offset, so it displays as given.
/// </summary>
internal static class RunnerSchema
{
    public static IReadOnlyList<SchemaStep> Steps { get; } =
    [
        new(1, "run history, fire ledger, meta", """
            CREATE TABLE runs (
                run_id INTEGER PRIMARY KEY AUTOINCREMENT,
                job_id INTEGER NOT NULL,
                job_name TEXT NOT NULL,
                trigger_utc INTEGER NOT NULL,
                trigger_offset_minutes INTEGER NOT NULL,
                scheduled_utc INTEGER,
                started_utc INTEGER NOT NULL,
                finished_utc INTEGER,
                outcome INTEGER NOT NULL,
                exit_code INTEGER,
                attempt INTEGER NOT NULL,
                host TEXT NOT NULL,
                pid INTEGER,
                log_path TEXT,
                message TEXT
            );
            CREATE INDEX runs_job ON runs (job_id, run_id DESC);
            CREATE INDEX runs_outcome ON runs (outcome);

            CREATE TABLE fires (
                job_id INTEGER NOT NULL,
                fire_utc INTEGER NOT NULL,
                recorded_utc INTEGER NOT NULL,
                run_id INTEGER REFERENCES runs (run_id) ON DELETE SET NULL,
                state TEXT NOT NULL,
                PRIMARY KEY (job_id, fire_utc)
            ) WITHOUT ROWID;
            CREATE INDEX fires_run ON fires (run_id);

            CREATE TABLE meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        new(2, "runs by start time, for pruning by age", """
            CREATE INDEX runs_started ON runs (started_utc);
            """),
        new(3, "notifications: outbox, alarm state", Notifications.NotificationSchema.Step3),
        new(4, "one name for the scheduled instant; a run's kind (on-time, misfire, manual) stored, not read from a null; the node on runs and claims", """
            ALTER TABLE fires RENAME COLUMN fire_utc TO scheduled_utc;
            ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'on-time';
            UPDATE runs SET kind = 'manual' WHERE scheduled_utc IS NULL;
            ALTER TABLE runs ADD COLUMN node TEXT NOT NULL DEFAULT '';
            UPDATE runs SET node = host;
            ALTER TABLE fires ADD COLUMN node TEXT NOT NULL DEFAULT '';
            """),
    ];

    public static int Latest => Steps[^1].Version;
}
