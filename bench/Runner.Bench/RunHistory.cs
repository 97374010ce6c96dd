using Microsoft.Data.Sqlite;
using Runner.Core.Runs;

namespace Runner.Bench;

/// <summary>
/// Reads the run history of a home's runner.db (read-only, beside the running scheduler: the
/// database is in WAL mode, so a reader does not hold up its writes): how many jobs have run to
/// a successful end, and how many runs each.
/// </summary>
internal static class RunHistory
{
    /// <summary>The jobs with at least one DONE run (exit 0).</summary>
    public static int JobsDone(string home)
    {
        using var connection = Open(home);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT job_id) FROM runs WHERE outcome = $done";
        command.Parameters.AddWithValue("$done", (int)RunOutcome.Done);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The history of <paramref name="jobs"/> jobs: DONE runs in all and per job (a job without one counts 0), and runs with another outcome.</summary>
    public static Counts Count(string home, int jobs)
    {
        using var connection = Open(home);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), COALESCE(SUM(c), 0), COALESCE(MIN(c), 0), COALESCE(MAX(c), 0),
                   (SELECT COUNT(*) FROM runs WHERE outcome <> $done)
            FROM (SELECT COUNT(*) AS c FROM runs WHERE outcome = $done GROUP BY job_id)
            """;
        command.Parameters.AddWithValue("$done", (int)RunOutcome.Done);
        using var reader = command.ExecuteReader();
        reader.Read();
        var withRuns = reader.GetInt32(0);
        return new Counts(reader.GetInt64(1), withRuns < jobs ? 0 : reader.GetInt32(2), reader.GetInt32(3), reader.GetInt64(4));
    }

    private static SqliteConnection Open(string home)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(home, "runner.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>DONE runs in all, the fewest and the most of one job, and the runs that ended otherwise (or have not ended).</summary>
    internal sealed record Counts(long Done, int MinPerJob, int MaxPerJob, long Other);
}
