using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Runner.Infrastructure.Processes.Unix;

namespace Runner.Infrastructure.Processes;

/// <summary>
/// What <c>runner start scheduler --detach</c> does to start the scheduler as a daemon (Unix).
/// The starter calls <see cref="HandOver"/> just before it starts the daemon: its own standard
/// input becomes /dev/null and its standard output and error the daemon's output file, and every
/// other descriptor is made close-on-exec, so the daemon inherits nothing else: no pipe of
/// whoever started the starter stays open for as long as the daemon lives. (The starter's own
/// console keeps writing where it did, through the copies the console made when first used.)
/// The daemon calls <see cref="Enter"/> first thing: a new session without a controlling
/// terminal, so the terminal's hang-up never reaches it. On Windows both do nothing.
/// </summary>
public static class Daemon
{
    /// <summary>Set by the starter in the daemon's environment; removed by the daemon at once.</summary>
    public const string Variable = "RUNNER_DAEMON";

    /// <summary>Points the caller's standard streams at /dev/null and <paramref name="outputPath"/> (appended), and seals every other descriptor.</summary>
    /// <exception cref="IOException">The output file cannot be opened, or a call failed; the message says which.</exception>
    public static void HandOver(string outputPath)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Redirect(outputPath);
            Seal();
        }
    }

    /// <summary>Starts a new session (setsid), leaving the starter's terminal.</summary>
    /// <exception cref="IOException">setsid failed; the message says why.</exception>
    public static void Enter()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Check(LibC.SetSid(), "setsid");
        }
    }

    [SupportedOSPlatform("linux")]
    [SupportedOSPlatform("macos")]
    private static void Redirect(string outputPath)
    {
        using var nothing = File.OpenHandle("/dev/null", FileMode.Open, FileAccess.Read);
        using var output = File.OpenHandle(outputPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        var descriptor = (int)output.DangerousGetHandle();
        Check(LibC.Dup2((int)nothing.DangerousGetHandle(), 0), "dup2 of /dev/null onto standard input");
        Check(LibC.Dup2(descriptor, 1), $"dup2 of {outputPath} onto standard output");
        Check(LibC.Dup2(descriptor, 2), $"dup2 of {outputPath} onto standard error");
    }

    /// <summary>Marks every open descriptor above standard error close-on-exec.</summary>
    [SupportedOSPlatform("linux")]
    [SupportedOSPlatform("macos")]
    private static void Seal()
    {
        var request = OperatingSystem.IsMacOS() ? LibC.FioClexMac : LibC.FioClexLinux;
        foreach (var entry in Directory.GetFiles(OperatingSystem.IsMacOS() ? "/dev/fd" : "/proc/self/fd"))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var fd) && fd > 2)
            {
                _ = LibC.IoCtl(fd, request);
            }
        }
    }

    private static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new IOException($"{call} failed: {Marshal.GetLastPInvokeErrorMessage()}");
        }
    }
}
