using Runner.Core.Notifications;

namespace Runner.Engine.Ports;

/// <summary>
/// The outbox and the alarm state in runner.db. An event and the messages it causes are
/// written in one transaction: a crash leaves both or neither. Several processes use it at
/// once; <see cref="Claim"/> leases messages so that two deliverers never send one twice.
/// </summary>
public interface INotificationStore
{
    /// <summary>Records a run's end (as <see cref="IRunStore.Finish"/>) with the alarm state of <paramref name="subject"/> and the messages <paramref name="decide"/> returns, in one transaction.</summary>
    void FinishRun(RunRecord run, string subject, Func<RunRecord, AlarmState, AlarmUpdate> decide);

    /// <summary>Records a run that never started (as <see cref="IRunStore.Record"/>) with its alarm state and messages, in one transaction.</summary>
    RunRecord RecordRun(RunRecord run, string subject, Func<RunRecord, AlarmState, AlarmUpdate> decide);

    /// <summary>Updates the alarm state of <paramref name="subject"/> and queues the messages <paramref name="decide"/> returns, in one transaction.</summary>
    void Update(string subject, Func<AlarmState, AlarmUpdate> decide);

    /// <summary>The remembered state of <paramref name="subject"/> (<see cref="AlarmState.Initial"/> when none).</summary>
    AlarmState State(string subject);

    /// <summary>Queues one message, due at its <see cref="OutboxMessage.Created"/>; returns its id.</summary>
    long Enqueue(OutboxMessage message);

    /// <summary>
    /// Takes up to <paramref name="max"/> due messages (oldest first; only those of <paramref name="only"/> when given)
    /// that no one else holds, holding them until <paramref name="now"/> + <paramref name="lease"/>.
    /// </summary>
    IReadOnlyList<OutboxMessage> Claim(DateTimeOffset now, TimeSpan lease, int max, IReadOnlyCollection<long>? only = null);

    /// <summary>Marks a claimed message sent.</summary>
    void Delivered(long id, DateTimeOffset at);

    /// <summary>Records a failed attempt; the message is due again at <paramref name="retryAt"/>.</summary>
    void Retry(long id, string failure, DateTimeOffset retryAt);

    /// <summary>Records a failed last attempt: the message stays in the table, marked dead, and is not tried again.</summary>
    void GiveUp(long id, string failure, DateTimeOffset at);

    /// <summary>The earliest due time of a pending message; null when none is pending.</summary>
    DateTimeOffset? NextDue();

    /// <summary>The message with this id, whatever its state; null when none.</summary>
    OutboxEntry? Find(long id);
}
