using Runner.Core.Notifications;
using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Testing.Contracts;

/// <summary>
/// What every <see cref="INotificationStore"/> does, written once and run against each
/// implementation (a subclass supplies a new, empty store per test, with the run history it
/// shares a database with). This part: events, each one transaction of the run, the alarm state
/// and the messages; see the Outbox part for delivery.
/// </summary>
public abstract partial class NotificationStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private (IRunStore Runs, INotificationStore Notifications)? _stores;

    protected IRunStore Runs => Stores.Runs;

    protected INotificationStore Notifications => Stores.Notifications;

    private (IRunStore Runs, INotificationStore Notifications) Stores => _stores ??= CreateStores();

    /// <summary>A new, empty store and the (empty) run history its events record runs in, used by one test.</summary>
    protected abstract (IRunStore Runs, INotificationStore Notifications) CreateStores();

    [Fact]
    public void A_runs_end_its_alarm_state_and_its_messages_are_recorded_together()
    {
        var run = Runs.Begin(Running());
        var ended = run with { Finished = Now, Outcome = RunOutcome.Failed, ExitCode = 1 };
        (RunRecord Run, AlarmState State)? seen = null;

        Notifications.FinishRun(ended, "job:0", (end, state) =>
        {
            seen = (end, state);
            return new AlarmUpdate(new AlarmState(1, true, Now, 0, null), [Message(end.RunId), Message(end.RunId) with { Channel = NoticeChannel.Webhook }]);
        });

        Assert.Equal<(RunRecord, AlarmState)?>((ended, AlarmState.Initial), seen);
        Assert.Equal(ended, Runs.Find(run.RunId));
        Assert.Equal(new AlarmState(1, true, Now, 0, null), Notifications.State("job:0"));
        var queued = Notifications.Claim(Now, Lease, 10);
        Assert.Equal([(NoticeChannel.Email, run.RunId), (NoticeChannel.Webhook, run.RunId)], queued.Select(m => (m.Channel, m.RunId)));
    }

    [Fact]
    public void A_runs_end_keeps_the_pid_and_log_it_does_not_know_as_finish_does()
    {
        var run = Runs.Begin(Running());
        Runs.Started(run with { Pid = 4242, LogPath = "/0/logs/1.log" });

        Notifications.FinishRun(run with { Finished = Now, Outcome = RunOutcome.Done, ExitCode = 0 }, "job:0", Keep);

        Assert.Equal((RunOutcome.Done, 4242, "/0/logs/1.log"), (Runs.Find(run.RunId)!.Outcome, Runs.Find(run.RunId)!.Pid, Runs.Find(run.RunId)!.LogPath));
        Assert.Empty(Runs.Unfinished());
    }

    [Fact]
    public void A_run_that_never_started_is_recorded_with_its_state_and_messages_and_decide_sees_its_id()
    {
        var earlier = Runs.Record(Skipped());
        RunRecord? seen = null;

        var recorded = Notifications.RecordRun(Skipped() with { Outcome = RunOutcome.Failed, Message = "not found" }, "job:0", (run, state) =>
        {
            seen = run;
            return new AlarmUpdate(state with { Failures = 1 }, [Message(run.RunId)]);
        });

        Assert.True(recorded.RunId > earlier.RunId);
        Assert.Equal(recorded, seen);
        Assert.Equal(recorded, Runs.Find(recorded.RunId));
        Assert.Equal((RunOutcome.Failed, "not found"), (recorded.Outcome, recorded.Message));
        Assert.Equal(1, Notifications.State("job:0").Failures);
        Assert.Equal(recorded.RunId, Assert.Single(Notifications.Claim(Now, Lease, 10)).RunId);
    }

    [Fact]
    public void An_update_changes_the_state_and_queues_its_messages_each_decision_seeing_the_last_state()
    {
        var seen = new List<AlarmState>();
        AlarmUpdate Count(AlarmState state)
        {
            seen.Add(state);
            return new AlarmUpdate(state with { Failures = state.Failures + 1, ErrorsKey = "key" }, state.Failures == 0 ? [Message(null)] : []);
        }

        Notifications.Update("schedule", Count);
        Notifications.Update("schedule", Count);

        Assert.Equal([AlarmState.Initial, AlarmState.Initial with { Failures = 1, ErrorsKey = "key" }], seen);
        Assert.Equal(AlarmState.Initial with { Failures = 2, ErrorsKey = "key" }, Notifications.State("schedule"));
        Assert.Single(Notifications.Claim(Now, Lease, 10));
    }

    [Fact]
    public void Subjects_keep_their_own_state_and_an_unknown_one_is_initial()
    {
        Notifications.Update("job:1", state => new AlarmUpdate(state with { Alarmed = true, Suppressed = 3 }, []));

        Assert.Equal(AlarmState.Initial with { Alarmed = true, Suppressed = 3 }, Notifications.State("job:1"));
        Assert.Equal(AlarmState.Initial, Notifications.State("job:2"));
        Assert.Equal(AlarmState.Initial, Notifications.State("schedule"));
    }

    [Fact]
    public void The_last_alarm_reads_back_to_the_millisecond_in_utc()
    {
        var at = Now.AddTicks(12_345_678).ToOffset(TimeSpan.FromHours(2));

        Notifications.Update("job:1", state => new AlarmUpdate(state with { LastAlarm = at }, []));

        var last = Notifications.State("job:1").LastAlarm!.Value;
        Assert.Equal((Now.AddMilliseconds(1234), TimeSpan.Zero), (last, last.Offset));
    }

    [Fact]
    public void When_deciding_fails_nothing_of_the_event_is_written()
    {
        var run = Runs.Begin(Running());
        static AlarmUpdate Fail() => throw new InvalidOperationException("rendering failed");

        Assert.Throws<InvalidOperationException>(() => Notifications.FinishRun(run with { Finished = Now, Outcome = RunOutcome.Failed }, "job:0", (_, _) => Fail()));
        Assert.Throws<InvalidOperationException>(() => Notifications.RecordRun(Skipped() with { Outcome = RunOutcome.Failed }, "job:0", (_, _) => Fail()));
        Assert.Throws<InvalidOperationException>(() => Notifications.Update("job:0", _ => Fail()));

        Assert.Equal(run, Assert.Single(Runs.History(new())));
        Assert.Equal(AlarmState.Initial, Notifications.State("job:0"));
        Assert.Null(Notifications.NextDue());
        Assert.Empty(Notifications.Claim(Now.AddDays(1), Lease, 10));
    }

    [Fact]
    public void A_run_without_an_end_or_not_in_the_history_is_refused_before_anything_is_decided()
    {
        var run = Runs.Begin(Running());
        var decided = 0;
        AlarmUpdate Decide(RunRecord r, AlarmState state)
        {
            decided++;
            return new AlarmUpdate(state with { Failures = 9 }, [Message(r.RunId)]);
        }

        Assert.Throws<ArgumentException>(() => Notifications.FinishRun(run, "job:0", Decide));
        Assert.Throws<ArgumentException>(() => Notifications.FinishRun(run with { Outcome = RunOutcome.Failed }, "job:0", Decide));
        Assert.Throws<InvalidOperationException>(() => Notifications.FinishRun(run with { RunId = run.RunId + 100, Finished = Now, Outcome = RunOutcome.Failed }, "job:0", Decide));

        Assert.Equal(0, decided);
        Assert.Equal((RunOutcome.Running, AlarmState.Initial), (Runs.Find(run.RunId)!.Outcome, Notifications.State("job:0")));
        Assert.Null(Notifications.NextDue());
    }

    protected static RunRecord Running() => new(0, 0, "backup", Now, Now, Now, null, RunOutcome.Running, null, 1, "host1", null, null, null, RunKind.OnTime);

    protected static RunRecord Skipped() => new(0, 0, "backup", Now, Now, Now, Now, RunOutcome.Skipped, null, 1, "host1", null, null, "overlap", RunKind.OnTime);

    protected static OutboxMessage Message(long? runId, DateTimeOffset? created = null) => new(
        0, NoticeChannel.Email, "ALARM", 0, runId, ["a@example.com", "b@example.com"], "runner@example.com", "subject", "text", null, null,
        ReadOnlyMemory<byte>.Empty, null, null, 0, created ?? Now);

    private static AlarmUpdate Keep(RunRecord run, AlarmState state) => new(state, []);
}
