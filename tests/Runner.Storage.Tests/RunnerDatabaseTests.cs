using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;
using Runner.Testing.Contracts;

namespace Runner.Storage.Tests;

public sealed class RunnerDatabaseTests : IDisposable
{
    // Version 1 exactly as the first released runner created it: a fixture, never edited.
    private const string Version1 = """
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY AUTOINCREMENT, job_id INTEGER NOT NULL, job_name TEXT NOT NULL,
            trigger_utc INTEGER NOT NULL, trigger_offset_minutes INTEGER NOT NULL, scheduled_utc INTEGER,
            started_utc INTEGER NOT NULL, finished_utc INTEGER, outcome INTEGER NOT NULL, exit_code INTEGER,
            attempt INTEGER NOT NULL, host TEXT NOT NULL, pid INTEGER, log_path TEXT, message TEXT);
        CREATE INDEX runs_job ON runs (job_id, run_id DESC);
        CREATE INDEX runs_outcome ON runs (outcome);
        CREATE TABLE fires (
            job_id INTEGER NOT NULL, fire_utc INTEGER NOT NULL, recorded_utc INTEGER NOT NULL,
            run_id INTEGER REFERENCES runs (run_id) ON DELETE SET NULL, state TEXT NOT NULL,
            PRIMARY KEY (job_id, fire_utc)) WITHOUT ROWID;
        CREATE INDEX fires_run ON fires (run_id);
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
        PRAGMA user_version = 1;
        """;

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_new_database_is_created_with_its_folder_at_the_latest_version_in_wal_mode()
    {
        var path = Path.Combine(_db.Folder, "new", "home", "runner.db");

        using var database = RunnerDatabase.Open(path);

        Assert.True(File.Exists(path));
        Assert.Equal(path, database.Path);
        Assert.Equal(4, RunnerDatabase.LatestVersion);
        Assert.Equal(RunnerDatabase.LatestVersion, database.SchemaVersion());
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name);";
        Assert.Equal("alarm_state fires meta outbox runs sqlite_sequence", command.ExecuteScalar());
    }

    [Fact]
    public void A_version_1_database_is_migrated_forward_and_keeps_its_runs()
    {
        _db.Execute(Version1);
        _db.Execute("""
            INSERT INTO runs (job_id, job_name, trigger_utc, trigger_offset_minutes, scheduled_utc, started_utc, finished_utc,
                              outcome, exit_code, attempt, host, pid, log_path, message)
            VALUES (7, 'backup', 1767261600000, 60, 1767261600000, 1767261600250, 1767261660250, 2, 3, 1, 'h', 42, '/l/7.log', NULL),
                   (7, 'backup', 1767261700000, 60, NULL, 1767261700000, 1767261760000, 1, 0, 1, 'h', 43, '/l/8.log', NULL);
            INSERT INTO fires (job_id, fire_utc, recorded_utc, run_id, state) VALUES (7, 1767261600000, 1767261600001, 1, 'started');
            """);

        using var database = _db.Open();

        Assert.Equal(RunnerDatabase.LatestVersion, database.SchemaVersion());
        Assert.Equal(1L, _db.Scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'runs_started';"));
        var run = new SqliteRunStore(database).Find(1);
        Assert.NotNull(run);
        Assert.Equal(("backup", RunOutcome.Failed, 3, TimeSpan.FromHours(1)), (run.JobName, run.Outcome, run.ExitCode, run.Trigger.Offset));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 11, 0, 0, TimeSpan.FromHours(1)), run.Trigger);
        Assert.Equal(TimeSpan.FromMilliseconds(250), run.Lateness);
        Assert.Equal((RunKind.OnTime, "h"), (run.Kind, run.Node));
        Assert.Equal(RunKind.Manual, new SqliteRunStore(database).Find(2)!.Kind);
        var ledger = new SqliteFireLedger(database, TimeProvider.System, "h");
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767261600000), ledger.LastClaimed(7));
        Assert.False(ledger.TryClaim(7, DateTimeOffset.FromUnixTimeMilliseconds(1767261600000)));
    }

    [Fact]
    public void A_database_newer_than_the_runner_is_refused_and_left_alone()
    {
        _db.Execute("CREATE TABLE later (x); PRAGMA user_version = 5;");

        var error = Assert.Throws<RunnerDatabaseException>(() => RunnerDatabase.Open(_db.Path));

        Assert.Equal($"{_db.Path} has schema version 5 but this runner knows up to {RunnerDatabase.LatestVersion}; upgrade runner", error.Message);
        Assert.Equal(5L, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal(0L, _db.Scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'runs';"));
        Assert.Equal("delete", _db.Scalar("PRAGMA journal_mode;"));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_path()
    {
        File.WriteAllText(_db.Path, "runner.db is not a text file, but this one is; long enough to fill a header page\n");

        var error = Assert.Throws<RunnerDatabaseException>(() => RunnerDatabase.Open(_db.Path));

        Assert.StartsWith($"{_db.Path} is not a runner database (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_again_changes_nothing()
    {
        using (var first = _db.Open())
        {
            new SqliteRunStore(first).Record(RunRecords.Ended(1));
        }

        using var second = _db.Open();

        Assert.Equal(RunnerDatabase.LatestVersion, second.SchemaVersion());
        Assert.Single(new SqliteRunStore(second).History(new()));
    }

    [Fact]
    public void Threads_opening_a_new_database_at_once_migrate_it_once()
    {
        var opened = new RunnerDatabase[4];

        Parallel.For(0, opened.Length, new ParallelOptions { MaxDegreeOfParallelism = opened.Length }, i => opened[i] = RunnerDatabase.Open(_db.Path));

        Assert.All(opened, database => Assert.Equal(RunnerDatabase.LatestVersion, database.SchemaVersion()));
        Assert.Equal(1L, _db.Scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'runs';"));
        foreach (var database in opened)
        {
            database.Dispose();
        }
    }
}
