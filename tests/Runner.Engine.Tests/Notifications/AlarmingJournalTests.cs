using Runner.Core.Diagnostics;
using Runner.Engine.Notifications;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.AlarmHarness;

namespace Runner.Engine.Tests.Notifications;

/// <summary>
/// The journal with alarms: every event passes on at once; those that alarm go to a worker of its
/// own, so the loop's thread never touches the store; dispose drains the worker; a failing alarm
/// is logged, never thrown.
/// </summary>
public sealed class AlarmingJournalTests : IDisposable
{
    private static readonly TimeSpan Hang = PipelineHarness.Hang;

    private static readonly Diagnostic[] Errors = [new("schedule.tsv", 3, 10, "SECOND: 61 is out of range 0-59")];

    private readonly AlarmHarness _harness = new();
    private readonly RecordingJournal _inner = new();
    private readonly Lock _gate = new();
    private readonly List<string> _log = [];
    private readonly AlarmingJournal _journal;

    public AlarmingJournalTests() => _journal = new AlarmingJournal(_inner, _harness.Alarms, Log);

    [Fact]
    public async Task Record_passes_the_event_on_and_returns_while_the_store_is_still_busy_on_another_thread()
    {
        _harness.Store.Hold();
        var loop = Environment.CurrentManagedThreadId;
        var rejected = new ScheduleRejected(Errors);

        _journal.Record(rejected);

        Assert.Equal([rejected], _inner.Events);
        await _harness.Store.Entered.WaitAsync(Hang);
        Assert.Empty(_harness.Queued());
        Assert.NotEqual(loop, Assert.Single(_harness.Store.Threads));
        _harness.Store.Release();
        await _journal.DisposeAsync();
        Assert.Equal("SCHEDULE_INVALID", Assert.Single(_harness.Queued()).Event);
    }

    [Fact]
    public async Task Dispose_waits_until_every_event_recorded_has_alarmed()
    {
        _harness.Store.Hold();
        var report = Row(5, "report");
        var export = Row(6, "export");
        _harness.Add(report);
        _harness.Add(export);

        _journal.Record(new ScheduleRejected(Errors));
        _journal.Record(new Skipped(report, T0, SkipReason.Misfire));
        _journal.Record(new MisfiresSummarized(export, 12, false, T0.AddHours(-1), T0));
        _journal.Record(new JobsNotPlanned([Broken(4)], [], [Broken(4)]));
        _journal.Record(new Reloaded(3, 0, 0, 0, false));
        await _harness.Store.Entered.WaitAsync(Hang);
        var disposing = _journal.DisposeAsync().AsTask();
        Assert.False(disposing.IsCompleted);
        _harness.Store.Release();
        await disposing.WaitAsync(Hang);

        Assert.Equal(["Update schedule", "Update job:5", "Update job:6", "Update config", "Update schedule"], _harness.Calls.Calls.Where(c => c.StartsWith("Update", StringComparison.Ordinal)));
        Assert.Equal(["SCHEDULE_INVALID", "MISSED_FIRES", "MISSED_FIRES", "SCHEDULE_INVALID"], _harness.Queued().Select(m => m.Event));
        Assert.Contains("12 missed fires from", _harness.Queued()[2].Text, StringComparison.Ordinal);
        Assert.Null(_harness.Outbox.State(Alarms.ScheduleSubject).ErrorsKey);
        Assert.Equal(5, _inner.Events.Count);
    }

    [Fact]
    public async Task Events_that_do_not_alarm_only_pass_on()
    {
        var job = Row(JobId);

        _journal.Record(new Skipped(job, T0, SkipReason.Overlap));
        _journal.Record(new ClaimRefused(job, T0));
        await _journal.DisposeAsync();

        Assert.Equal(2, _inner.Events.Count);
        Assert.Empty(_harness.Calls.Calls);
        Assert.Empty(_harness.Queued());
    }

    [Fact]
    public async Task A_failing_alarm_is_logged_never_thrown_and_the_next_event_still_alarms()
    {
        _harness.Store.Fail(new InvalidOperationException("database is locked"), times: 1);
        var report = Row(5, "report");
        _harness.Add(report);

        _journal.Record(new ScheduleRejected(Errors));
        _journal.Record(new Skipped(report, T0, SkipReason.Misfire));
        await _journal.DisposeAsync();

        Assert.Equal(["ERROR|alarm not queued for ScheduleRejected: database is locked"], Logged());
        Assert.Equal("MISSED_FIRES", Assert.Single(_harness.Queued()).Event);
        Assert.Equal(2, _inner.Events.Count);
    }

    public void Dispose()
    {
        _harness.Store.Release();
        _harness.Dispose();
    }

    private static Engine.Jobs.ResolvedJob Broken(int id) =>
        new(Row(id, $"job{id}"), null, string.Empty, TimeZoneInfo.Utc, [new Diagnostic($"jobs/{id}/config.ini", 2, 11, "[JOB] timeout = 'soon' is not a number of seconds")], string.Empty);

    private void Log(string level, string message)
    {
        lock (_gate)
        {
            _log.Add($"{level}|{message}");
        }
    }

    private string[] Logged()
    {
        lock (_gate)
        {
            return [.. _log];
        }
    }
}
