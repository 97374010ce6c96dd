using Microsoft.Data.Sqlite;

namespace Runner.Infrastructure.Storage;

/// <summary>
/// The connection a <see cref="RunnerDatabase"/> keeps open for its frequent small writes (a
/// run's begin, start and end; a fire's claim and run), with each statement prepared once and
/// reused. One write at a time: the writers of this process take turns here instead of
/// meeting in SQLite's lock, where a loser sleeps in the busy handler. Other processes still
/// meet it there and wait up to <see cref="RunnerDatabase.BusyTimeout"/>. A write that fails
/// closes the connection (it may be in any state); the next one opens it again.
/// </summary>
internal sealed class WriteConnection(Func<SqliteConnection> connect) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;
    private bool _writing;
    private bool _disposed;

    /// <summary>Runs <paramref name="write"/> alone on the connection; <see cref="Statement"/> and <see cref="Begin"/> are for use inside it.</summary>
    public T Run<T>(Func<WriteConnection, T> write)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                _connection ??= connect();
                _writing = true;
                return write(this);
            }
            catch
            {
                Close();
                throw;
            }
            finally
            {
                _writing = false;
                _transaction?.Dispose();
                _transaction = null;
            }
        }
    }

    /// <summary>The statement for <paramref name="sql"/>, prepared on first use, its parameters cleared, in the open transaction if any.</summary>
    public SqliteCommand Statement(string sql)
    {
        var connection = Current("a statement");
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = connection.CreateCommand();
            statement.CommandText = sql;
            _statements.Add(sql, statement);
        }

        statement.Parameters.Clear();
        statement.Transaction = _transaction;
        return statement;
    }

    /// <summary>Begins a <c>BEGIN IMMEDIATE</c> transaction that ends with the write: committed by the caller, else rolled back.</summary>
    public SqliteTransaction Begin()
    {
        var connection = Current("a transaction");
        _transaction = connection.BeginTransaction(deferred: false);
        return _transaction;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Close();
        }
    }

    private SqliteConnection Current(string what) =>
        _writing && _connection is { } connection ? connection : throw new InvalidOperationException($"{what} of the kept write connection is for use inside Run");

    private void Close()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        _transaction?.Dispose();
        _transaction = null;
        _connection?.Dispose();
        _connection = null;
    }
}
