using System.Runtime.Versioning;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>
/// The threads that watch children (<see cref="ChildWatch"/>: reading their output, then reaping
/// them), kept for reuse. Starting a thread waits until the new thread runs, which on a busy
/// machine costs more than starting the child itself; a watcher whose child ended waits up to
/// <see cref="IdleTimeout"/> for the next one instead, and handing it one does not block.
/// </summary>
[SupportedOSPlatform("linux")]
[SupportedOSPlatform("macos")]
internal static class WatchThreads
{
    /// <summary>How long an idle watcher waits for a child before its thread ends.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);

    private static readonly Lock Gate = new();
    private static readonly List<Watcher> Idle = [];

    /// <summary>Runs <paramref name="work"/> on an idle watcher thread, or on a new one of <paramref name="stackBytes"/>.</summary>
    /// <exception cref="OutOfMemoryException">No new thread could be created.</exception>
    public static void Run(Action work, int stackBytes)
    {
        Watcher? watcher = null;
        lock (Gate)
        {
            if (Idle.Count > 0)
            {
                watcher = Idle[^1];
                Idle.RemoveAt(Idle.Count - 1);
            }
        }

        if (watcher is not null)
        {
            watcher.Give(work);
            return;
        }

        watcher = new Watcher();
        watcher.Give(work);
        new Thread(watcher.Loop, stackBytes) { IsBackground = true, Name = "runner child watch" }.Start();
    }

    private sealed class Watcher : IDisposable
    {
        private readonly SemaphoreSlim _given = new(0);
        private Action? _work;

        public void Give(Action work)
        {
            _work = work;
            _given.Release();
        }

        public void Dispose() => _given.Dispose();

        public void Loop()
        {
            while (true)
            {
                if (!_given.Wait(IdleTimeout))
                {
                    lock (Gate)
                    {
                        // Still idle: nobody can hand it work any more. Otherwise work is on its way.
                        if (Idle.Remove(this))
                        {
                            Dispose();
                            return;
                        }
                    }

                    continue;
                }

                var work = Interlocked.Exchange(ref _work, null);
                work!();
                lock (Gate)
                {
                    Idle.Add(this);
                }
            }
        }
    }
}
