using Microsoft.Extensions.Time.Testing;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// A fake clock that counts the timers armed with a finite due time (a <c>Task.Delay</c> on it
/// arms one), so a test waits until the code under test armed the timer it means to advance past,
/// instead of advancing too early and sleeping.
/// </summary>
public sealed class TimerClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _armed;

    /// <summary>Timers armed so far with a finite due time.</summary>
    public int Armed
    {
        get
        {
            lock (_gate)
            {
                return _armed;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
            {
                _armed++;
                _waiters.RemoveAll(w => w.Count <= _armed && w.Done.TrySetResult());
            }
        }

        return timer;
    }

    /// <summary>Completes once <paramref name="count"/> timers were armed.</summary>
    public Task WhenArmed(int count)
    {
        lock (_gate)
        {
            if (_armed >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }
}
