namespace Runner.Infrastructure.Files;

/// <summary>
/// An exclusive lock between processes, held on a lock file for as long as the object lives
/// (an OS file lock: released by the kernel if the process dies). Serializes every
/// read-modify-write of schedule.tsv and the config files.
/// </summary>
public sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    /// <summary>Waits up to <paramref name="timeout"/> for the lock on <paramref name="lockPath"/>.</summary>
    /// <exception cref="TimeoutException">Another process held the lock for the whole timeout.</exception>
    public static FileLock Acquire(string lockPath, TimeSpan timeout, TimeProvider time)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        var started = time.GetTimestamp();
        var wait = TimeSpan.FromMilliseconds(2);
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (time.GetElapsedTime(started) < timeout)
            {
                using var pause = new ManualResetEventSlim();
                pause.Wait(wait);
                wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 50));
            }
            catch (IOException e)
            {
                throw new TimeoutException($"{lockPath} stayed locked by another runner process for {timeout.TotalSeconds:0} s; try again, or look for a hung runner process", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
