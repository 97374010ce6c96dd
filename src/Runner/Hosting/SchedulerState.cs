using System.Globalization;
using Runner.Infrastructure.Files;

namespace Runner.Hosting;

/// <summary>
/// What a home knows of its scheduler: the lock <c>logs/scheduler.lock</c>, held open by the
/// running scheduler (released by the kernel when it dies), and the state file
/// <c>logs/scheduler.pid</c> (pid, start time ISO 8601), written atomically at start.
/// </summary>
internal sealed record SchedulerState(int Pid, DateTimeOffset Since)
{
    public static string LockPath(string logs) => Path.Combine(logs, "scheduler.lock");

    public static string PidPath(string logs) => Path.Combine(logs, "scheduler.pid");

    public static void Write(string logs, SchedulerState state) =>
        AtomicFile.WriteText(PidPath(logs), $"{state.Pid.ToString(CultureInfo.InvariantCulture)}\n{state.Since.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}\n");

    /// <summary>The state file's content, or null when there is none or it is unreadable.</summary>
    public static SchedulerState? Read(string logs)
    {
        try
        {
            var lines = File.ReadAllLines(PidPath(logs));
            return lines.Length >= 2
                && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && DateTimeOffset.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var since)
                ? new SchedulerState(pid, since)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>True while a scheduler holds the lock of the home.</summary>
    public static bool IsRunning(string logs, TimeProvider time)
    {
        if (!File.Exists(LockPath(logs)))
        {
            return false;
        }

        try
        {
            using var probe = FileLock.Acquire(LockPath(logs), TimeSpan.Zero, time);
            return false;
        }
        catch (TimeoutException)
        {
            return true;
        }
    }
}
