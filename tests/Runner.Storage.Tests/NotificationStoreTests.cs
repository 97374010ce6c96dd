using Runner.Core.Notifications;
using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Infrastructure.Notifications;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;

namespace Runner.Storage.Tests;

/// <summary>The outbox and alarm state in a real runner.db: one transaction per event, leases that keep two deliverers apart.</summary>
public sealed class NotificationStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();
    private readonly RunnerDatabase _database;
    private readonly SqliteRunStore _runs;
    private readonly SqliteNotificationStore _store;

    public NotificationStoreTests()
    {
        _database = _db.Open();
        _runs = new SqliteRunStore(_database);
        _store = new SqliteNotificationStore(_database);
    }

    [Fact]
    public void A_runs_end_its_alarm_state_and_its_messages_commit_together()
    {
        var run = _runs.Begin(Running());

        _store.FinishRun(run with { Finished = Now, Outcome = RunOutcome.Failed, ExitCode = 1 }, "job:0",
            (ended, state) => new AlarmUpdate(state with { Failures = state.Failures + 1, Alarmed = true, LastAlarm = Now }, [Message(ended.RunId)]));

        Assert.Equal(RunOutcome.Failed, _runs.Find(run.RunId)!.Outcome);
        Assert.Equal(new AlarmState(1, true, Now, 0, null), _store.State("job:0"));
        Assert.Equal(run.RunId, _store.Find(1)!.Message.RunId);
    }

    [Fact]
    public void When_deciding_fails_nothing_of_the_event_is_written()
    {
        var run = _runs.Begin(Running());

        Assert.Throws<InvalidOperationException>(() => _store.FinishRun(run with { Finished = Now, Outcome = RunOutcome.Failed }, "job:0",
            (_, _) => throw new InvalidOperationException("rendering failed")));

        Assert.Equal(RunOutcome.Running, _runs.Find(run.RunId)!.Outcome);
        Assert.Equal(AlarmState.Initial, _store.State("job:0"));
        Assert.Null(_store.Find(1));
    }

    [Fact]
    public void A_claimed_message_is_not_claimed_again_until_its_lease_ends()
    {
        var id = _store.Enqueue(Message(null));

        var first = _store.Claim(Now, TimeSpan.FromMinutes(5), 10);
        var second = _store.Claim(Now.AddMinutes(1), TimeSpan.FromMinutes(5), 10);
        var afterLease = _store.Claim(Now.AddMinutes(6), TimeSpan.FromMinutes(5), 10);

        Assert.Equal([id], first.Select(m => m.Id));
        Assert.Empty(second);
        Assert.Equal([id], afterLease.Select(m => m.Id));
    }

    [Fact]
    public void A_retried_message_is_due_at_its_retry_time_and_a_sent_or_dead_one_never_again()
    {
        var retried = _store.Enqueue(Message(null));
        var sent = _store.Enqueue(Message(null));
        var dead = _store.Enqueue(Message(null));
        _store.Claim(Now, TimeSpan.FromMinutes(5), 10);

        _store.Retry(retried, "connection refused", Now.AddSeconds(30));
        _store.Delivered(sent, Now);
        _store.GiveUp(dead, "550 no such user", Now);

        Assert.Equal(Now.AddSeconds(30), _store.NextDue());
        Assert.Empty(_store.Claim(Now.AddSeconds(29), TimeSpan.FromMinutes(5), 10));
        var again = Assert.Single(_store.Claim(Now.AddSeconds(30), TimeSpan.FromMinutes(5), 10));
        Assert.Equal((retried, 1), (again.Id, again.Attempts));
        Assert.Equal(("sent", "dead", "550 no such user"), (_store.Find(sent)!.State, _store.Find(dead)!.State, _store.Find(dead)!.LastError));
    }

    [Fact]
    public void A_message_reads_back_as_it_was_queued()
    {
        var message = Message(7) with { Attachment = new byte[] { 0, 1, 2, 255 }, AttachmentName = "7.log", Html = "<p>x</p>" };

        var back = _store.Find(_store.Enqueue(message))!.Message;

        Assert.Equal(message.To, back.To);
        Assert.Equal(message.Attachment.ToArray(), back.Attachment.ToArray());
        Assert.Equal(message with { Id = back.Id, To = back.To, Attachment = back.Attachment }, back);
    }

    public void Dispose()
    {
        _database.Dispose();
        _db.Dispose();
    }

    private static RunRecord Running() => new(0, 0, "backup", Now, Now, Now, null, RunOutcome.Running, null, 1, "host1", null, null, null, RunKind.OnTime);

    private static OutboxMessage Message(long? runId) => new(
        0, NoticeChannel.Email, "ALARM", 0, runId, ["a@example.com", "b@example.com"], "runner@example.com", "subject", "text", null, null, ReadOnlyMemory<byte>.Empty, null, null, 0, Now);
}
