using System.Globalization;

namespace Runner.Infrastructure.Tests.Support;

/// <summary>The machine's processes as /proc shows them (Linux).</summary>
internal static class ProcessTable
{
    /// <summary>Every process whose process group is <paramref name="group"/>, zombies included.</summary>
    public static IReadOnlyList<Entry> InGroup(int group) => [.. All().Where(p => p.Group == group)];

    /// <summary>Children of this test process that exited and were never reaped.</summary>
    public static IReadOnlyList<Entry> OurZombies() => [.. All().Where(p => p.ParentPid == Environment.ProcessId && p.State == 'Z')];

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 10 ms; false after <paramref name="timeout"/>.</summary>
    public static bool Until(Func<bool> condition, TimeSpan timeout)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var pause = new ManualResetEventSlim();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            pause.Wait(TimeSpan.FromMilliseconds(10));
        }

        return true;
    }

    private static IEnumerable<Entry> All()
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (IOException)
            {
                continue; // ended meanwhile
            }

            // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            yield return new Entry(
                pid,
                stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..stat.LastIndexOf(')')],
                fields[0][0],
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                int.Parse(fields[2], CultureInfo.InvariantCulture));
        }
    }

    public sealed record Entry(int Pid, string Name, char State, int ParentPid, int Group);
}
