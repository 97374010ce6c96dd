using Runner.Core.Notifications;
using Runner.Engine.Ports;
using Runner.Testing.Stores;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// The in-memory notification store with its event calls noted in a <see cref="CallLog"/> (with
/// the thread that made them), each decide callback marked, and on demand held at a gate
/// (<see cref="Hold"/>) or failing (<see cref="Fail"/>) as a locked database would.
/// </summary>
public sealed class WatchedNotificationStore(MemoryNotificationStore inner, CallLog calls) : INotificationStore, IDisposable
{
    private readonly ManualResetEventSlim _open = new(initialState: true);
    private readonly Lock _gate = new();
    private readonly List<int> _threads = [];
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Exception? _failure;
    private int _failures;

    /// <summary>The managed threads that made event calls.</summary>
    public IReadOnlyList<int> Threads
    {
        get
        {
            lock (_gate)
            {
                return [.. _threads];
            }
        }
    }

    /// <summary>Completes when an event call reached the store (held or not) since the last <see cref="Hold"/>.</summary>
    public Task Entered
    {
        get
        {
            lock (_gate)
            {
                return _entered.Task;
            }
        }
    }

    /// <summary>
    /// Makes every event call wait until <see cref="Release"/>. A held call blocks a pool thread, as a
    /// slow database does; the pool's minimum is raised (as the scheduler host raises it) so that
    /// the test's own continuations do not wait for the pool to grow.
    /// </summary>
    public void Hold()
    {
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), completions);
        lock (_gate)
        {
            _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _open.Reset();
    }

    public void Release() => _open.Set();

    /// <summary>Makes the next <paramref name="times"/> event calls throw <paramref name="failure"/> (every one from now on when negative).</summary>
    public void Fail(Exception failure, int times = -1)
    {
        lock (_gate)
        {
            (_failure, _failures) = (failure, times);
        }
    }

    public void Dispose() => _open.Dispose();

    public void FinishRun(RunRecord run, string subject, Func<RunRecord, AlarmState, AlarmUpdate> decide)
    {
        Enter($"FinishRun {subject}");
        inner.FinishRun(run, subject, (r, s) => calls.Deciding(() => decide(r, s)));
    }

    public RunRecord RecordRun(RunRecord run, string subject, Func<RunRecord, AlarmState, AlarmUpdate> decide)
    {
        Enter($"RecordRun {subject}");
        return inner.RecordRun(run, subject, (r, s) => calls.Deciding(() => decide(r, s)));
    }

    public void Update(string subject, Func<AlarmState, AlarmUpdate> decide)
    {
        Enter($"Update {subject}");
        inner.Update(subject, s => calls.Deciding(() => decide(s)));
    }

    public AlarmState State(string subject) => inner.State(subject);

    public long Enqueue(OutboxMessage message)
    {
        Enter("Enqueue");
        return inner.Enqueue(message);
    }

    public IReadOnlyList<OutboxMessage> Claim(DateTimeOffset now, TimeSpan lease, int max, IReadOnlyCollection<long>? only = null) => inner.Claim(now, lease, max, only);

    public void Delivered(long id, DateTimeOffset at) => inner.Delivered(id, at);

    public void Retry(long id, string failure, DateTimeOffset retryAt) => inner.Retry(id, failure, retryAt);

    public void GiveUp(long id, string failure, DateTimeOffset at) => inner.GiveUp(id, failure, at);

    public DateTimeOffset? NextDue() => inner.NextDue();

    public OutboxEntry? Find(long id) => inner.Find(id);

    private void Enter(string call)
    {
        calls.Add(call);
        lock (_gate)
        {
            _threads.Add(Environment.CurrentManagedThreadId);
            _entered.TrySetResult();
        }

        if (!_open.Wait(PipelineHarness.Hang))
        {
            throw new TimeoutException("the test never released the store");
        }

        lock (_gate)
        {
            if (_failure is { } failure && _failures != 0)
            {
                _failures--;
                throw failure;
            }
        }
    }
}
