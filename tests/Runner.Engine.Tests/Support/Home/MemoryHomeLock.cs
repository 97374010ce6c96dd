using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support.Home;

/// <summary>The home lock in memory: held or not, never taken twice at once (the real one is a file lock the same process would wait for, then time out on).</summary>
public sealed class MemoryHomeLock : IHomeLock
{
    public bool Held { get; private set; }

    public int Acquired { get; private set; }

    public IDisposable Acquire()
    {
        if (Held)
        {
            throw new InvalidOperationException("the home lock is already held; it is not re-entrant");
        }

        (Held, Acquired) = (true, Acquired + 1);
        return new Release(this);
    }

    private sealed class Release(MemoryHomeLock owner) : IDisposable
    {
        public void Dispose() => owner.Held = false;
    }
}
