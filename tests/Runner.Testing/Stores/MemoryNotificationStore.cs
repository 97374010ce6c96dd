using Runner.Core.Notifications;
using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Testing.Stores;

/// <summary>
/// An in-memory outbox and alarm state with the SQLite store's contract (<c>NotificationStoreContract</c>),
/// over the run history it shares a "database" with: an event's run, state and messages are
/// stored together or not at all (nothing is stored until the decision returned); a claim leases
/// messages; ids increase; messages read back as runner.db stores them. Thread-safe.
/// </summary>
public sealed class MemoryNotificationStore(MemoryRunStore runs) : INotificationStore
{
    private const string Pending = "pending";

    private readonly Lock _gate = runs.Gate;
    private readonly SortedDictionary<long, Row> _outbox = [];
    private readonly Dictionary<string, AlarmState> _states = new(StringComparer.Ordinal);
    private long _lastId;

    public void FinishRun(RunRecord run, string subject, Func<RunRecord, AlarmState, AlarmUpdate> decide)
    {
        if (run.Finished is null || run.Outcome == RunOutcome.Running)
        {
            throw new ArgumentException($"run {run.RunId} has no end to record", nameof(run));
        }

        lock (_gate)
        {
            var ended = runs.Ended(run);
            var update = decide(run, StateOf(subject));
            runs.Put(ended);
            Apply(subject, update);
        }
    }

    public RunRecord RecordRun(RunRecord run, string subject, Func<RunRecord, AlarmState, AlarmUpdate> decide)
    {
        lock (_gate)
        {
            var stored = runs.NextStored(run);
            var update = decide(stored, StateOf(subject));
            runs.Add(stored);
            Apply(subject, update);
            return stored;
        }
    }

    public void Update(string subject, Func<AlarmState, AlarmUpdate> decide)
    {
        lock (_gate)
        {
            Apply(subject, decide(StateOf(subject)));
        }
    }

    public AlarmState State(string subject)
    {
        lock (_gate)
        {
            return StateOf(subject);
        }
    }

    public long Enqueue(OutboxMessage message)
    {
        lock (_gate)
        {
            return Insert(message);
        }
    }

    public IReadOnlyList<OutboxMessage> Claim(DateTimeOffset now, TimeSpan lease, int max, IReadOnlyCollection<long>? only = null)
    {
        var at = Stored.Milliseconds(now);
        lock (_gate)
        {
            var due = _outbox.Values
                .Where(r => r.State == Pending && r.NextAttempt <= at && (r.LeaseUntil is null || r.LeaseUntil <= at) && (only is null || only.Contains(r.Message.Id)));
            // SQL's LIMIT: a negative one is no limit.
            var claimed = (max < 0 ? due : due.Take(max)).ToList();
            foreach (var row in claimed)
            {
                row.LeaseUntil = Stored.Milliseconds(now + lease);
            }

            return [.. claimed.Select(r => r.Current)];
        }
    }

    public void Delivered(long id, DateTimeOffset at) =>
        Change(id, row => (row.State, row.Sent, row.LastError) = ("sent", Stored.Utc(at), null));

    public void Retry(long id, string failure, DateTimeOffset retryAt) =>
        Change(id, row => (row.NextAttempt, row.LastError) = (Stored.Milliseconds(retryAt), failure));

    public void GiveUp(long id, string failure, DateTimeOffset at) =>
        Change(id, row => (row.State, row.NextAttempt, row.LastError) = ("dead", Stored.Milliseconds(at), failure));

    public DateTimeOffset? NextDue()
    {
        lock (_gate)
        {
            var pending = _outbox.Values.Where(r => r.State == Pending).Select(r => Math.Max(r.NextAttempt, r.LeaseUntil ?? 0)).ToList();
            return pending.Count == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(pending.Min());
        }
    }

    public OutboxEntry? Find(long id)
    {
        lock (_gate)
        {
            return _outbox.TryGetValue(id, out var row) ? new OutboxEntry(row.Current, row.State, row.Sent, row.LastError) : null;
        }
    }

    private AlarmState StateOf(string subject) => _states.GetValueOrDefault(subject, AlarmState.Initial);

    private void Apply(string subject, AlarmUpdate update)
    {
        _states[subject] = update.Next with { LastAlarm = Stored.Utc(update.Next.LastAlarm) };
        foreach (var message in update.Messages)
        {
            Insert(message);
        }
    }

    /// <summary>Queues the message as the outbox table keeps it: a new id, no attempts yet, due at its creation.</summary>
    private long Insert(OutboxMessage message)
    {
        var id = ++_lastId;
        var stored = message with
        {
            Id = id,
            // One text column "a, b": read back split at commas, trimmed, without empty entries.
            To = string.Join(", ", message.To).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Attachment = message.Attachment.IsEmpty ? ReadOnlyMemory<byte>.Empty : message.Attachment.ToArray(),
            Url = message.Url is { } url ? new Uri(url.ToString()) : null,
            Attempts = 0,
            Created = Stored.Utc(message.Created),
        };
        _outbox.Add(id, new Row(stored, Stored.Milliseconds(message.Created)));
        return id;
    }

    /// <summary>One attempt's end: counted, the lease let go, then <paramref name="change"/>; an unknown id changes nothing.</summary>
    private void Change(long id, Action<Row> change)
    {
        lock (_gate)
        {
            if (_outbox.TryGetValue(id, out var row))
            {
                row.Attempts++;
                row.LeaseUntil = null;
                change(row);
            }
        }
    }

    /// <summary>One row of the outbox; instants as unix milliseconds, as the table keeps them.</summary>
    private sealed class Row(OutboxMessage message, long nextAttempt)
    {
        public OutboxMessage Message { get; } = message;

        public string State { get; set; } = Pending;

        public long NextAttempt { get; set; } = nextAttempt;

        public long? LeaseUntil { get; set; }

        public int Attempts { get; set; }

        public DateTimeOffset? Sent { get; set; }

        public string? LastError { get; set; }

        public OutboxMessage Current => Message with { Attempts = Attempts };
    }
}
