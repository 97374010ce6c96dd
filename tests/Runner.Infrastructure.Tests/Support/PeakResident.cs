using System.Globalization;

namespace Runner.Infrastructure.Tests.Support;

/// <summary>The peak resident memory of the test process (VmHWM of /proc/self/status, Linux), which a test can reset.</summary>
internal static class PeakResident
{
    /// <summary>
    /// Restarts the peak at the current resident size (writing 5 to /proc/self/clear_refs) and
    /// returns that size. Where the kernel refuses, the peak stays the lifetime one, which only
    /// overstates a growth.
    /// </summary>
    public static long Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Keep the lifetime peak.
        }

        return Field("VmRSS:");
    }

    /// <summary>The peak since the last reset, in bytes.</summary>
    public static long Read() => Field("VmHWM:");

    private static long Field(string name)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(name, StringComparison.Ordinal));
        return long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
