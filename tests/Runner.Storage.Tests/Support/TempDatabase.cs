using Microsoft.Data.Sqlite;
using Runner.Infrastructure.Storage;

namespace Runner.Storage.Tests.Support;

/// <summary>A runner.db in a new temporary folder, deleted with the folder at the end of the test.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly List<RunnerDatabase> _opened = [];

    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("runner-store-").FullName;
        Path = System.IO.Path.Combine(Folder, "runner.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public RunnerDatabase Open()
    {
        var database = RunnerDatabase.Open(Path);
        _opened.Add(database);
        return database;
    }

    /// <summary>A plain connection, for arranging and inspecting the file with raw SQL.</summary>
    public SqliteConnection Raw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Execute(string sql)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        Directory.Delete(Folder, recursive: true);
    }
}
