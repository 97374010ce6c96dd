using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;
using Runner.Testing.Contracts;

namespace Runner.Storage.Tests;

public sealed class SqliteRunStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteRunStore _store;

    public SqliteRunStoreTests() => _store = new SqliteRunStore(_db.Open());

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Every_field_of_a_scheduled_run_survives_begin_finish_and_find()
    {
        var trigger = new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(5.5));
        var begun = _store.Begin(new RunRecord(
            0, 12, "nightly report", trigger, trigger, trigger.AddMilliseconds(37), null, RunOutcome.Running,
            null, 3, "build-7", 4242, "/home/jobs/12/logs/run.log", null, RunKind.OnTime));

        _store.Finish(begun with
        {
            Finished = trigger.AddMinutes(2).AddMilliseconds(37),
            Outcome = RunOutcome.Timeout,
            ExitCode = 137,
            Message = "ended after 120 s",
        });
        var found = _store.Find(begun.RunId);

        Assert.NotNull(found);
        Assert.Equal(new RunRecord(
            begun.RunId, 12, "nightly report", trigger, trigger, trigger.AddMilliseconds(37), trigger.AddMinutes(2).AddMilliseconds(37),
            RunOutcome.Timeout, 137, 3, "build-7", 4242, "/home/jobs/12/logs/run.log", "ended after 120 s", RunKind.OnTime), found);
        Assert.Equal(TimeSpan.FromHours(5.5), found.Trigger.Offset);
        Assert.Equal("2026-03-29T02:30:00+05:30", found.Trigger.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromMilliseconds(37), found.Lateness);
        Assert.Equal(TimeSpan.FromMinutes(2), found.Duration);
    }

    [Fact]
    public void Started_records_the_start_pid_and_log_of_a_running_run_for_crash_recovery()
    {
        var begun = _store.Begin(new RunRecord(
            0, 4, "sync", RunRecords.Base, null, RunRecords.Base, null, RunOutcome.Running, null, 1, "h", null, null, null, RunKind.Manual));

        _store.Started(begun with { Started = RunRecords.Base.AddSeconds(3), Pid = 777, LogPath = "/home/jobs/4/logs/1.log" });
        var running = Assert.Single(_store.Unfinished());

        Assert.Equal((777, "/home/jobs/4/logs/1.log", RunOutcome.Running), (running.Pid, running.LogPath, running.Outcome));
        Assert.Equal(RunRecords.Base.AddSeconds(3), running.Started);
        Assert.Throws<InvalidOperationException>(() => _store.Started(begun with { RunId = begun.RunId + 1, Pid = 1 }));
    }

    [Fact]
    public void A_manual_run_keeps_its_empty_fields_empty()
    {
        var recorded = _store.Record(new RunRecord(
            0, 3, "cleanup", RunRecords.Base, null, RunRecords.Base, RunRecords.Base, RunOutcome.Skipped, null, 1, "h", null, null, null, RunKind.Manual));

        var found = _store.Find(recorded.RunId);

        Assert.Equal(recorded, found);
        Assert.NotNull(found);
        Assert.Equal((null, null, null, null, null), (found.Scheduled, found.ExitCode, found.Pid, found.LogPath, found.Message));
        Assert.Null(found.Lateness);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(-300)]
    [InlineData(345)]
    [InlineData(-570)]
    [InlineData(840)]
    [InlineData(-720)]
    public void The_trigger_keeps_its_offset(int offsetMinutes)
    {
        var trigger = new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.FromMinutes(offsetMinutes));

        var run = _store.Record(RunRecords.Ended(1) with { Trigger = trigger });

        var found = _store.Find(run.RunId)!;
        Assert.Equal(trigger, found.Trigger);
        Assert.Equal(trigger.Offset, found.Trigger.Offset);
        Assert.Equal(trigger.DateTime, found.Trigger.DateTime);
    }

    [Fact]
    public void Instants_are_kept_to_the_millisecond_and_begin_returns_what_find_reads()
    {
        var started = RunRecords.Base.AddTicks(1_234_5678);

        var begun = _store.Begin(RunRecords.Running(1) with { Trigger = started.ToOffset(TimeSpan.FromHours(2)), Started = started });

        Assert.Equal(begun, _store.Find(begun.RunId));
        Assert.Equal(RunRecords.Base.AddMilliseconds(1234), begun.Started);
        Assert.Equal(TimeSpan.FromHours(2), begun.Trigger.Offset);
    }

    [Fact]
    public void Finish_adds_the_pid_and_log_learned_after_begin_and_keeps_those_it_lacks()
    {
        var begun = _store.Begin(RunRecords.Running(1));
        _store.Finish(begun with { Outcome = RunOutcome.Done, Finished = RunRecords.Base.AddSeconds(1), Pid = 99, LogPath = "/a.log" });
        var other = _store.Begin(RunRecords.Running(1) with { Pid = 7, LogPath = "/b.log" });
        _store.Finish(other with { Outcome = RunOutcome.Failed, Finished = RunRecords.Base.AddSeconds(1), Pid = null, LogPath = null });

        Assert.Equal((99, "/a.log"), (_store.Find(begun.RunId)!.Pid, _store.Find(begun.RunId)!.LogPath));
        Assert.Equal((7, "/b.log"), (_store.Find(other.RunId)!.Pid, _store.Find(other.RunId)!.LogPath));
    }

    [Fact]
    public void Run_ids_increase_and_are_never_reused_after_a_prune()
    {
        var first = _store.Record(RunRecords.Ended(1));
        var second = _store.Record(RunRecords.Ended(1));
        _store.Prune(null, 0);

        var third = _store.Record(RunRecords.Ended(1));

        Assert.True(first.RunId > 0);
        Assert.True(second.RunId > first.RunId);
        Assert.True(third.RunId > second.RunId);
    }

    [Fact]
    public void Wrong_calls_are_bugs()
    {
        Assert.Throws<ArgumentException>(() => _store.Begin(RunRecords.Ended(1)));
        Assert.Throws<ArgumentException>(() => _store.Record(RunRecords.Running(1)));
        var begun = _store.Begin(RunRecords.Running(1));
        Assert.Throws<ArgumentException>(() => _store.Finish(begun));
        Assert.Throws<ArgumentException>(() => _store.Finish(begun with { Outcome = RunOutcome.Done }));
        var unknown = Assert.Throws<InvalidOperationException>(() => _store.Finish(RunRecords.Ended(1) with { RunId = 999 }));
        Assert.Contains("run 999 is not in the history", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.History(new(Last: -1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.Prune(null, -1));
        Assert.Null(_store.Find(999));
    }

    [Fact]
    public void History_is_newest_first_filtered_by_job_and_outcome_and_cut_to_the_last_n()
    {
        var ids = new[]
        {
            _store.Record(RunRecords.Ended(1, 0, RunOutcome.Done)).RunId,     // 0
            _store.Record(RunRecords.Ended(2, 1, RunOutcome.Failed)).RunId,   // 1
            _store.Record(RunRecords.Ended(1, 2, RunOutcome.Failed)).RunId,   // 2
            _store.Begin(RunRecords.Running(2, 3)).RunId,                     // 3
            _store.Record(RunRecords.Ended(1, 4, RunOutcome.Done)).RunId,     // 4
            _store.Record(RunRecords.Ended(3, 5, RunOutcome.Skipped)).RunId,  // 5
        };

        long[] Read(HistoryQuery query) => _store.History(query).Select(run => run.RunId).ToArray();

        Assert.Equal(new[] { ids[5], ids[4], ids[3], ids[2], ids[1], ids[0] }, Read(new()));
        Assert.Equal(new[] { ids[5], ids[4] }, Read(new(Last: 2)));
        Assert.Equal(new[] { ids[4], ids[2], ids[0] }, Read(new(JobId: 1)));
        Assert.Equal(new[] { ids[4] }, Read(new(JobId: 1, Last: 1)));
        Assert.Equal(new[] { ids[2], ids[1] }, Read(new(Outcome: RunOutcome.Failed)));
        Assert.Equal(new[] { ids[2] }, Read(new(JobId: 1, Outcome: RunOutcome.Failed)));
        Assert.Equal(new[] { ids[3] }, Read(new(Outcome: RunOutcome.Running)));
        Assert.Empty(Read(new(JobId: 4)));
        Assert.Empty(Read(new(Last: 0)));
    }

    [Fact]
    public void Unfinished_lists_the_running_runs_oldest_first_until_they_finish()
    {
        var first = _store.Begin(RunRecords.Running(1));
        _store.Record(RunRecords.Ended(1));
        var second = _store.Begin(RunRecords.Running(2));

        Assert.Equal(new[] { first, second }, _store.Unfinished());

        _store.Finish(first with { Outcome = RunOutcome.Lost, Finished = RunRecords.Base.AddHours(1), Message = "the scheduler died" });

        Assert.Equal(new[] { second }, _store.Unfinished());
        Assert.Equal(RunOutcome.Lost, _store.Find(first.RunId)!.Outcome);
    }
}
