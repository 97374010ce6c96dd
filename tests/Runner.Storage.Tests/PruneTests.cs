using Runner.Core.Runs;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;
using Runner.Testing.Contracts;

namespace Runner.Storage.Tests;

public sealed class PruneTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteRunStore _store;

    public PruneTests() => _store = new SqliteRunStore(_db.Open());

    public void Dispose() => _db.Dispose();

    [Fact]
    public void No_limits_keep_everything()
    {
        _store.Record(RunRecords.Ended(1, 0, logPath: "/0.log"));

        Assert.Empty(_store.Prune(null, null));
        Assert.Single(_store.History(new()));
    }

    [Fact]
    public void By_age_deletes_the_runs_started_before_the_limit_and_returns_their_logs()
    {
        for (var minute = 0; minute < 6; minute++)
        {
            _store.Record(RunRecords.Ended(minute % 2, minute, logPath: minute == 2 ? null : $"/{minute}.log"));
        }

        var logs = _store.Prune(RunRecords.Base.AddMinutes(3), null);

        Assert.Equal(new[] { "/0.log", "/1.log" }, logs.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { 5, 4, 3 }, Minutes());
    }

    [Fact]
    public void By_count_keeps_the_newest_runs_of_each_job()
    {
        for (var minute = 0; minute < 8; minute++)
        {
            _store.Record(RunRecords.Ended(minute < 5 ? 1 : 2, minute, logPath: $"/{minute}.log"));
        }

        var logs = _store.Prune(null, 2);

        Assert.Equal(new[] { "/0.log", "/1.log", "/2.log", "/5.log" }, logs.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { 7, 6, 4, 3 }, Minutes());
    }

    [Fact]
    public void Both_limits_delete_what_either_one_would()
    {
        _store.Record(RunRecords.Ended(2, 0, logPath: "/0.log"));
        _store.Record(RunRecords.Ended(2, 1, logPath: "/1.log"));
        for (var minute = 10; minute < 15; minute++)
        {
            _store.Record(RunRecords.Ended(1, minute, logPath: $"/{minute}.log"));
        }

        var logs = _store.Prune(RunRecords.Base.AddMinutes(5), 3);

        Assert.Equal(new[] { "/0.log", "/1.log", "/10.log", "/11.log" }, logs.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { 14, 13, 12 }, Minutes());
    }

    [Fact]
    public void Running_runs_are_never_deleted_and_count_among_the_newest()
    {
        var oldRunning = _store.Begin(RunRecords.Running(1, 0, "/0.log"));
        _store.Record(RunRecords.Ended(1, 1, logPath: "/1.log"));
        _store.Record(RunRecords.Ended(1, 2, logPath: "/2.log"));
        _store.Begin(RunRecords.Running(1, 3, "/3.log"));

        var logs = _store.Prune(RunRecords.Base.AddDays(1), 0);

        Assert.Equal(new[] { "/1.log", "/2.log" }, logs.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { 3, 0 }, Minutes());

        _store.Record(RunRecords.Ended(1, 4, logPath: "/4.log"));
        _store.Begin(RunRecords.Running(1, 5, "/5.log"));

        Assert.Empty(_store.Prune(null, 2));
        Assert.Equal(new[] { "/4.log" }, _store.Prune(null, 1));
        Assert.Equal(new[] { 5, 3, 0 }, Minutes());
        Assert.Equal(oldRunning, _store.Find(oldRunning.RunId));
    }

    [Fact]
    public void A_tighter_retention_applies_to_the_runs_already_kept()
    {
        for (var minute = 0; minute < 10; minute++)
        {
            _store.Record(RunRecords.Ended(1, minute, RunOutcome.Failed, $"/{minute}.log"));
        }

        Assert.Equal(5, _store.Prune(null, 5).Count);
        Assert.Equal(new[] { "/5.log", "/6.log", "/7.log" }, _store.Prune(null, 2).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "/8.log" }, _store.Prune(RunRecords.Base.AddMinutes(9), null));
        Assert.Equal(new[] { 9 }, Minutes());
    }

    private int[] Minutes() =>
        _store.History(new(Last: 1000)).Select(run => (int)(run.Started - RunRecords.Base).TotalMinutes).ToArray();
}
