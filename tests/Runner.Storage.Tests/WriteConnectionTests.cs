using Microsoft.Data.Sqlite;
using Runner.Core.Runs;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;
using Runner.Testing.Contracts;

namespace Runner.Storage.Tests;

/// <summary>The connection a database keeps for its frequent small writes.</summary>
public sealed class WriteConnectionTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_write_that_fails_closes_the_kept_connection_and_the_next_write_opens_it_again()
    {
        var database = _db.Open();
        var store = new SqliteRunStore(database);
        var before = store.Begin(RunRecords.Running(1, 0));

        var error = Assert.Throws<SqliteException>(() => database.Write(writer => writer.Statement("INSERT INTO no_such_table VALUES (1);").ExecuteNonQuery()));
        var after = store.Begin(RunRecords.Running(1, 1));

        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.True(after.RunId > before.RunId);
        Assert.Equal(2L, _db.Scalar("SELECT count(*) FROM runs;"));
    }

    [Fact]
    public void A_transaction_the_write_does_not_commit_is_rolled_back_and_the_connection_stays_usable()
    {
        var database = _db.Open();
        var ledger = new SqliteFireLedger(database, TimeProvider.System, "host");

        database.Write(writer =>
        {
            writer.Begin();
            return writer.Statement("INSERT INTO fires (job_id, scheduled_utc, recorded_utc, state) VALUES (9, 1, 1, 'claimed');").ExecuteNonQuery();
        });
        var claimed = ledger.TryClaim(9, DateTimeOffset.FromUnixTimeMilliseconds(1));

        Assert.True(claimed);
        Assert.Equal(1L, _db.Scalar("SELECT count(*) FROM fires WHERE job_id = 9;"));
    }

    [Fact]
    public void A_statement_reused_with_new_parameters_writes_each_row_with_its_own_values()
    {
        var store = new SqliteRunStore(_db.Open());

        var runs = Enumerable.Range(0, 50).Select(i => store.Begin(RunRecords.Running(i % 5, i))).ToList();
        foreach (var run in runs)
        {
            store.Started(run with { Pid = 1000 + (int)run.RunId, LogPath = $"/logs/{run.RunId}.log" });
            store.Finish(run with { Outcome = run.JobId == 3 ? RunOutcome.Failed : RunOutcome.Done, Finished = run.Started.AddSeconds(1), ExitCode = run.JobId });
        }

        var stored = store.History(new(Last: 100)).OrderBy(run => run.RunId).ToList();
        Assert.Equal(runs.Select(run => run.RunId), stored.Select(run => run.RunId));
        Assert.All(stored, run =>
        {
            Assert.Equal(1000 + (int)run.RunId, run.Pid);
            Assert.Equal($"/logs/{run.RunId}.log", run.LogPath);
            Assert.Equal(run.JobId, run.ExitCode);
            Assert.Equal(run.JobId == 3 ? RunOutcome.Failed : RunOutcome.Done, run.Outcome);
        });
    }

    [Fact]
    public void A_statement_outside_a_write_is_refused()
    {
        var database = _db.Open();
        WriteConnection? kept = null;
        database.Write(writer => kept = writer);

        Assert.NotNull(kept);
        var error = Assert.Throws<InvalidOperationException>(() => kept.Statement("SELECT 1;"));
        Assert.Contains("inside Run", error.Message, StringComparison.Ordinal);
    }
}
