using Runner.Core.Notifications;
using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.AlarmHarness;

namespace Runner.Engine.Tests.Notifications;

/// <summary>When a run's end alarms: after [JOB] alarm_after failures, at most once per alarm_interval while failing, RECOVERED on the first success after an alarm; SKIPPED and runs still to be retried change nothing.</summary>
public sealed class AlarmThresholdTests
{
    private const string Alarm = "[runner] ALARM: job backup (#3) FAILED";

    private const string Recovered = "[runner] RECOVERED: job backup (#3) DONE";

    [Fact]
    public void A_failing_run_counts_and_the_alarm_after_th_failure_alarms()
    {
        using var harness = new AlarmHarness(Config(alarmAfter: 2));

        harness.Finish(RunOutcome.Failed);
        Assert.Empty(harness.Queued());
        Assert.Equal(1, harness.Outbox.State(JobSubject).Failures);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        harness.Finish(RunOutcome.Failed);

        var alarm = Assert.Single(harness.Queued());
        Assert.Equal((Alarm, "ALARM"), (alarm.Subject, alarm.Event));
        Assert.Contains("Failures:    2 in a row", alarm.Text, StringComparison.Ordinal);
        Assert.Equal(new AlarmState(2, true, T0.AddMinutes(1), 0, null), harness.Outbox.State(JobSubject));
    }

    [Fact]
    public void While_failing_one_alarm_per_interval_and_the_next_says_how_many_were_withheld()
    {
        using var harness = new AlarmHarness();

        harness.Finish(RunOutcome.Failed);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        harness.Finish(RunOutcome.Failed);
        harness.Time.Advance(TimeSpan.FromMinutes(8));
        harness.Finish(RunOutcome.Failed);
        Assert.Equal(2, harness.Outbox.State(JobSubject).Suppressed);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        harness.Finish(RunOutcome.Failed);

        Assert.Equal([Alarm, Alarm], harness.Subjects());
        var second = harness.Queued()[1];
        Assert.Contains("Throttled:   2 alarms withheld since the last one", second.Text, StringComparison.Ordinal);
        Assert.Contains("Failures:    4 in a row", second.Text, StringComparison.Ordinal);
        Assert.Equal(0, harness.Outbox.State(JobSubject).Suppressed);
    }

    [Fact]
    public void The_first_success_after_an_alarm_sends_recovered_once_and_the_next_failure_alarms_at_once()
    {
        using var harness = new AlarmHarness();

        harness.Finish(RunOutcome.Failed);
        harness.Finish(RunOutcome.Done);
        harness.Finish(RunOutcome.Done);
        Assert.Equal((0, false), (harness.Outbox.State(JobSubject).Failures, harness.Outbox.State(JobSubject).Alarmed));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        harness.Finish(RunOutcome.Failed);

        Assert.Equal([Alarm, Recovered, Alarm], harness.Subjects());
        Assert.Equal("RECOVERED", harness.Queued()[1].Event);
    }

    [Fact]
    public void A_success_before_any_alarm_sends_nothing_and_starts_the_count_over()
    {
        using var harness = new AlarmHarness(Config(alarmAfter: 2));

        harness.Finish(RunOutcome.Failed);
        harness.Finish(RunOutcome.Done);
        harness.Finish(RunOutcome.Failed);

        Assert.Empty(harness.Queued());
        Assert.Equal(1, harness.Outbox.State(JobSubject).Failures);
    }

    [Theory]
    [InlineData(RunOutcome.Timeout, "TIMEOUT")]
    [InlineData(RunOutcome.Killed, "KILLED")]
    [InlineData(RunOutcome.Lost, "LOST")]
    public void Timeout_killed_and_lost_are_failures_too(RunOutcome outcome, string name)
    {
        using var harness = new AlarmHarness();

        harness.Finish(outcome);

        Assert.Equal([$"[runner] ALARM: job backup (#3) {name}"], harness.Subjects());
    }

    [Fact]
    public void A_skipped_run_changes_nothing()
    {
        using var harness = new AlarmHarness(Config(alarmAfter: 2));
        harness.Finish(RunOutcome.Failed);
        var before = harness.Outbox.State(JobSubject);

        var skipped = harness.History.Record(new RunRecord(0, JobId, "backup", T0, T0, T0, T0, RunOutcome.Skipped, null, 1, "db1", null, null, "previous run 1 still running (overlap = skip)", RunKind.OnTime));

        Assert.Equal(RunOutcome.Skipped, harness.Runs.Find(skipped.RunId)!.Outcome);
        Assert.Equal(before, harness.Outbox.State(JobSubject));
        Assert.Empty(harness.Queued());
        Assert.DoesNotContain(harness.Calls.Calls, c => c.StartsWith("RecordRun", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_that_will_be_retried_does_not_count_and_its_last_attempt_does()
    {
        using var harness = new AlarmHarness(Config(extra: "[JOB]\nretries = 1"));

        var first = harness.Finish(RunOutcome.Failed, attempt: 1);
        Assert.Equal(RunOutcome.Failed, harness.Runs.Find(first.RunId)!.Outcome);
        Assert.Equal(AlarmState.Initial, harness.Outbox.State(JobSubject));
        Assert.Empty(harness.Queued());
        harness.Finish(RunOutcome.Failed, attempt: 2);

        var alarm = Assert.Single(harness.Queued());
        Assert.Contains("Failures:    1 in a row", alarm.Text, StringComparison.Ordinal);
        Assert.Contains("(attempt 2)", alarm.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_never_started_alarms_when_it_failed()
    {
        using var harness = new AlarmHarness();

        var run = harness.History.Record(new RunRecord(0, JobId, "backup", T0, T0, T0, T0, RunOutcome.Failed, null, 1, "db1", null, null, "cannot start 'backup.sh'", RunKind.OnTime));

        Assert.Equal(RunOutcome.Failed, harness.Runs.Find(run.RunId)!.Outcome);
        var alarm = Assert.Single(harness.Queued());
        Assert.Equal((Alarm, (long?)run.RunId), (alarm.Subject, alarm.RunId));
        Assert.Contains("cannot start 'backup.sh'", alarm.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_channel_a_failure_is_recorded_and_no_alarm_state_is_kept()
    {
        using var harness = new AlarmHarness("[JOB]\nalarm_after = 1\n");

        var run = harness.Finish(RunOutcome.Failed);

        Assert.Equal(RunOutcome.Failed, harness.Runs.Find(run.RunId)!.Outcome);
        Assert.Equal(AlarmState.Initial, harness.Outbox.State(JobSubject));
        Assert.Empty(harness.Queued());
        Assert.Empty(harness.Calls.Calls);
    }

    [Fact]
    public void A_store_that_cannot_take_the_alarm_still_gets_the_run_recorded_with_why()
    {
        using var harness = new AlarmHarness();
        harness.Store.Fail(new InvalidOperationException("database is locked"), times: 1);

        var run = harness.Finish(RunOutcome.Failed);

        var stored = harness.Runs.Find(run.RunId)!;
        Assert.Equal((RunOutcome.Failed, "alarm not queued: database is locked"), (stored.Outcome, stored.Message));
        Assert.Empty(harness.Queued());
    }

    private static string JobSubject => Engine.Notifications.Alarms.JobSubject(JobId);
}
