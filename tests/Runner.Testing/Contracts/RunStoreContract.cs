using Runner.Core.Runs;
using Runner.Engine.Ports;
using static Runner.Testing.Contracts.RunRecords;

namespace Runner.Testing.Contracts;

/// <summary>
/// What every <see cref="IRunStore"/> does, written once and run against each implementation (a
/// subclass supplies a new, empty store per test). This part: recording runs; see the History
/// and Prune parts for reading and deleting them.
/// </summary>
public abstract partial class RunStoreContract
{
    private IRunStore? _store;

    protected IRunStore Store => _store ??= CreateStore();

    /// <summary>A new, empty store, used by one test.</summary>
    protected abstract IRunStore CreateStore();

    [Fact]
    public void Every_field_of_a_scheduled_run_survives_begin_finish_and_find()
    {
        var trigger = new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(5.5));
        var begun = Store.Begin(new RunRecord(
            0, 12, "nightly report", trigger, trigger, trigger.AddMilliseconds(37), null, RunOutcome.Running,
            null, 3, "build-7", 4242, "/home/jobs/12/logs/run.log", null, RunKind.OnTime));

        Store.Finish(begun with
        {
            Finished = trigger.AddMinutes(2).AddMilliseconds(37),
            Outcome = RunOutcome.Timeout,
            ExitCode = 137,
            Message = "ended after 120 s",
        });
        var found = Store.Find(begun.RunId);

        Assert.Equal(new RunRecord(
            begun.RunId, 12, "nightly report", trigger, trigger, trigger.AddMilliseconds(37), trigger.AddMinutes(2).AddMilliseconds(37),
            RunOutcome.Timeout, 137, 3, "build-7", 4242, "/home/jobs/12/logs/run.log", "ended after 120 s", RunKind.OnTime), found);
        Assert.Equal((TimeSpan.FromMilliseconds(37), TimeSpan.FromMinutes(2)), (found!.Lateness, found.Duration));
    }

    [Fact]
    public void Instants_are_kept_to_the_millisecond_the_trigger_at_its_offset_the_others_in_utc()
    {
        var started = Base.AddTicks(1_234_5678).ToOffset(TimeSpan.FromHours(-3));

        var begun = Store.Begin(Running(1) with { Trigger = started.ToOffset(TimeSpan.FromHours(2)), Scheduled = started, Started = started });

        Assert.Equal(begun, Store.Find(begun.RunId));
        Assert.Equal(Base.AddMilliseconds(1234), begun.Started);
        Assert.Equal(Base.AddMilliseconds(1234), begun.Trigger);
        Assert.Equal(TimeSpan.FromHours(2), begun.Trigger.Offset);
        Assert.Equal((TimeSpan.Zero, TimeSpan.Zero), (begun.Started.Offset, begun.Scheduled!.Value.Offset));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-300)]
    [InlineData(345)]
    [InlineData(-570)]
    [InlineData(840)]
    public void The_trigger_keeps_its_wall_clock_time_and_offset(int offsetMinutes)
    {
        var trigger = new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.FromMinutes(offsetMinutes));

        var found = Store.Find(Store.Record(Ended(1) with { Trigger = trigger }).RunId)!;

        Assert.Equal((trigger.DateTime, trigger.Offset), (found.Trigger.DateTime, found.Trigger.Offset));
    }

    [Fact]
    public void A_run_that_never_started_is_recorded_in_one_step_with_its_empty_fields_empty()
    {
        var recorded = Store.Record(new RunRecord(
            0, 3, "cleanup", Base, null, Base, Base, RunOutcome.Skipped, null, 1, "h", null, null, "previous run 4 still running", RunKind.Manual));

        var found = Store.Find(recorded.RunId);

        Assert.Equal(recorded, found);
        Assert.Equal((null, null, null, null), (found!.Scheduled, found.ExitCode, found.Pid, found.LogPath));
        Assert.Null(found.Lateness);
        Assert.Empty(Store.Unfinished());
    }

    [Fact]
    public void Started_sets_the_start_and_pid_and_keeps_the_log_when_it_is_given_none()
    {
        var begun = Store.Begin(Running(4, logPath: "/a.log"));

        Store.Started(begun with { LogPath = null, Pid = 777, Started = begun.Started.AddSeconds(2) });
        Assert.Equal((777, "/a.log"), (Store.Find(begun.RunId)!.Pid, Store.Find(begun.RunId)!.LogPath));
        Assert.Equal(begun.Started.AddSeconds(2), Store.Find(begun.RunId)!.Started);

        Store.Started(begun with { Pid = 778, LogPath = "/b.log" });
        var running = Assert.Single(Store.Unfinished());
        Assert.Equal((778, "/b.log", RunOutcome.Running), (running.Pid, running.LogPath, running.Outcome));
    }

    [Fact]
    public void Finish_sets_the_end_only_and_keeps_a_pid_and_log_it_does_not_know()
    {
        var begun = Store.Begin(Running(1) with { Pid = 7, LogPath = "/b.log", Message = "waiting" });

        Store.Finish(EndOf(begun, RunOutcome.Failed) with { JobName = "renamed", Attempt = 9, Host = "other", Pid = null, LogPath = null, Message = null, ExitCode = null });

        var found = Store.Find(begun.RunId)!;
        Assert.Equal(begun with { Outcome = RunOutcome.Failed, Finished = begun.Started.AddSeconds(1), Message = null }, found);

        var other = Store.Begin(Running(1));
        Store.Finish(EndOf(other) with { Pid = 99, LogPath = "/a.log", Message = "done early" });
        Assert.Equal((99, "/a.log", "done early", 0), (Store.Find(other.RunId)!.Pid, Store.Find(other.RunId)!.LogPath, Store.Find(other.RunId)!.Message, Store.Find(other.RunId)!.ExitCode));
    }

    [Fact]
    public void Run_ids_increase_across_begin_and_record_and_are_never_reused_after_a_prune()
    {
        var first = Store.Record(Ended(1));
        var second = Store.Begin(Running(2));
        var third = Store.Record(Ended(1));
        Store.Finish(EndOf(second));
        Store.Prune(null, 0);

        var fourth = Store.Begin(Running(1));

        Assert.True(first.RunId > 0);
        Assert.True(first.RunId < second.RunId && second.RunId < third.RunId && third.RunId < fourth.RunId);
    }

    [Fact]
    public void Unfinished_lists_the_running_runs_oldest_first_until_they_finish()
    {
        var first = Store.Begin(Running(1));
        Store.Record(Ended(1));
        var second = Store.Begin(Running(2));

        Assert.Equal([first, second], Store.Unfinished());

        Store.Finish(first with { Outcome = RunOutcome.Lost, Finished = Base.AddHours(1), Message = "the scheduler died" });

        Assert.Equal([second], Store.Unfinished());
        Assert.Equal(RunOutcome.Lost, Store.Find(first.RunId)!.Outcome);
    }

    [Fact]
    public void Wrong_calls_are_refused_and_change_nothing()
    {
        Assert.Throws<ArgumentException>(() => Store.Begin(Ended(1)));
        Assert.Throws<ArgumentException>(() => Store.Record(Running(1)));
        var begun = Store.Begin(Running(1));
        Assert.Throws<ArgumentException>(() => Store.Finish(begun));
        Assert.Throws<ArgumentException>(() => Store.Finish(begun with { Outcome = RunOutcome.Done }));
        Assert.Throws<InvalidOperationException>(() => Store.Finish(Ended(1) with { RunId = begun.RunId + 100 }));
        Assert.Throws<InvalidOperationException>(() => Store.Started(begun with { RunId = begun.RunId + 100, Pid = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Store.History(new(Last: -1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Store.Prune(null, -1));
        Assert.Null(Store.Find(begun.RunId + 100));

        Assert.Equal([begun], Store.History(new()));
    }
}
