using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Runner.Infrastructure.Storage;

/// <summary>
/// runner.db, the embedded SQLite database of a home (SPEC §7): run history, fire ledger,
/// meta. <see cref="Open"/> creates it when missing and migrates its schema forward; every
/// store then takes a short-lived pooled connection per read, and makes its frequent small
/// writes on one kept connection (<see cref="Write"/>), so one instance serves any number of
/// threads, and several processes (the scheduler, each <c>runner</c> command) share the file
/// at once.
/// </summary>
/// <remarks>
/// Every connection runs in WAL mode (readers never block the one writer), waits up to
/// <see cref="BusyTimeout"/> for another process's write lock instead of failing with
/// SQLITE_BUSY, enforces foreign keys, and uses <c>synchronous=NORMAL</c>: with WAL, a
/// committed transaction survives a crash or <c>kill -9</c> of any process and the file is
/// never corrupted, but the last transactions before a power loss or OS crash may roll back.
/// That is the usual choice for WAL (FULL would fsync on every commit). Writes are short
/// transactions; a crash during an upgrade leaves the previous version whole, since each
/// migration step commits together with its version bump.
/// </remarks>
public sealed class RunnerDatabase : IDisposable
{
    /// <summary>How long a connection waits for another connection's write lock before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private static readonly string ConnectionPragmas =
        $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString;
    private readonly WriteConnection _writer;

    private RunnerDatabase(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
        _writer = new WriteConnection(Connect);
    }

    /// <summary>The newest schema version this runner knows.</summary>
    public static int LatestVersion => RunnerSchema.Latest;

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating it (and its folder) when
    /// missing, switching it to WAL and applying every schema step it lacks, each in its own
    /// <c>BEGIN IMMEDIATE</c> transaction, so two processes opening a new file at once
    /// migrate it once.
    /// </summary>
    /// <exception cref="RunnerDatabaseException">The file is newer than this runner, not a database, or cannot use WAL.</exception>
    public static RunnerDatabase Open(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var database = new RunnerDatabase(fullPath);
        try
        {
            using var connection = database.Connect();
            RefuseNewer(ReadVersion(connection, null), fullPath);
            EnableWal(connection, fullPath);
            Migrate(connection, fullPath);
            return database;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT)
        {
            database.Dispose();
            throw new RunnerDatabaseException(StorageMessages.NotADatabase(fullPath, e.Message), e);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the file (0 for an empty file).</summary>
    public int SchemaVersion()
    {
        using var connection = Connect();
        return ReadVersion(connection, null);
    }

    /// <summary>Closes the idle pooled connections to the file (the last close checkpoints the WAL).</summary>
    public void Dispose()
    {
        _writer.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Runs a small write on the connection kept for them (<see cref="WriteConnection"/>), one at a time.</summary>
    internal T Write<T>(Func<WriteConnection, T> write) => _writer.Run(write);

    /// <summary>An open connection with runner's settings; the caller disposes it (back to the pool).</summary>
    internal SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = ConnectionPragmas;
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void EnableWal(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
        if (!mode.Equals("wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new RunnerDatabaseException(StorageMessages.NoWal(path, mode));
        }
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        var version = ReadVersion(connection, null);
        while (true)
        {
            RefuseNewer(version, path);
            if (version == RunnerSchema.Latest)
            {
                return;
            }

            // BEGIN IMMEDIATE takes the write lock first; the version is read again under it,
            // since another process may have migrated while this one waited.
            using var transaction = connection.BeginTransaction(deferred: false);
            version = ReadVersion(connection, transaction);
            if (version >= RunnerSchema.Latest)
            {
                continue;
            }

            var step = RunnerSchema.Steps[version];
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = step.Sql + $"\nPRAGMA user_version = {step.Version.ToString(CultureInfo.InvariantCulture)};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            version = step.Version;
        }
    }

    /// <summary>A file written by a newer runner is left as it is: its schema is unknown here.</summary>
    private static void RefuseNewer(int version, string path)
    {
        if (version > RunnerSchema.Latest)
        {
            throw new RunnerDatabaseException(StorageMessages.TooNew(path, version, RunnerSchema.Latest));
        }
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
