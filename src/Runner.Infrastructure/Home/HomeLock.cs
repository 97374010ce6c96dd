using Runner.Engine.Ports;
using Runner.Infrastructure.Files;

namespace Runner.Infrastructure.Home;

/// <summary>The home's lock file (<c>.runner.lock</c>), waited for up to 30 seconds.</summary>
public sealed class HomeLock(RunnerHome home, TimeProvider time) : IHomeLock
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public IDisposable Acquire() => FileLock.Acquire(home.LockPath, Timeout, time);
}
