using System.Collections.Concurrent;

namespace Runner.Infrastructure.Logs;

/// <summary>
/// Emptied run logs kept for reuse in <c>jobs/.spare-logs</c>, at most <c>capacity</c> of them:
/// retention empties a pruned run's log and moves it here instead of deleting it, and a new
/// run's log is a spare moved into place. A busy job then neither frees nor allocates a file
/// per run; on a file system that scans its recently freed inodes for every new file (ext4
/// without a journal), that scan was the largest cost of a run's log. The spares belong to
/// the home, not to a process: each process takes up those it finds at its first use and those
/// it keeps itself, and a spare another process took first is skipped.
/// </summary>
internal sealed class SpareLogs(string folder, int capacity)
{
    private readonly ConcurrentStack<string> _known = new();
    private int _count;
    private int _adopted;

    /// <summary>Moves a spare to <paramref name="path"/>; false when there is none (or it cannot go there).</summary>
    public bool TryTake(string path)
    {
        AdoptOnce();
        while (_known.TryPop(out var spare))
        {
            Interlocked.Decrement(ref _count);
            try
            {
                File.Move(spare, path);
                return true;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Another process took it first: try the next one.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The path exists, or the move failed for a reason the next spare would share.
                Push(spare);
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Empties the log at <paramref name="path"/> and moves it here; true when it is gone from
    /// its place (kept, or already gone), false when the caller must delete it (no room, or it
    /// could not be moved).
    /// </summary>
    public bool TryKeep(string path)
    {
        AdoptOnce();
        if (Volatile.Read(ref _count) >= capacity)
        {
            return false;
        }

        var spare = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        try
        {
            using (new FileStream(path, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
            }

            Directory.CreateDirectory(folder);
            File.Move(path, spare);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return !File.Exists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        Push(spare);
        return true;
    }

    private void Push(string spare)
    {
        _known.Push(spare);
        Interlocked.Increment(ref _count);
    }

    private void AdoptOnce()
    {
        if (Interlocked.Exchange(ref _adopted, 1) == 1 || !Directory.Exists(folder))
        {
            return;
        }

        try
        {
            foreach (var spare in Directory.EnumerateFiles(folder))
            {
                Push(spare);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder only means no spares: logs are created as new files.
        }
    }
}
