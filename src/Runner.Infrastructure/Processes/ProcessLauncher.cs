using Runner.Engine.Ports;
using Runner.Infrastructure.Processes.Unix;
using Runner.Infrastructure.Processes.Windows;

namespace Runner.Infrastructure.Processes;

/// <summary>
/// Starts programs as argument lists (never through a shell), each the root of a tree that ends
/// as a whole: on Linux and macOS the leader of a new process group (posix_spawnp), on Windows
/// the first process of a job object. Standard input is empty (/dev/null); standard output and
/// standard error reach the sink line by line as they are written (UTF-8, invalid bytes as
/// U+FFFD, a line longer than <c>maxLineBytes</c> cut there and its rest dropped). Completion
/// comes once the program exited and its output ended; when something it left running holds
/// the output open, about <c>drainAfterExit</c> (default 1 s) after the exit, and that
/// leftover keeps running until <see cref="IRunningProcess.Kill"/>. See docs/processes.md.
/// </summary>
public sealed class ProcessLauncher : IProcessLauncher
{
    /// <summary>The default longest line, in bytes.</summary>
    public const int DefaultMaxLineBytes = 64 * 1024;

    private readonly LaunchSettings _settings;

    public ProcessLauncher(TimeProvider time, int maxLineBytes = DefaultMaxLineBytes, TimeSpan? drainAfterExit = null)
        : this(new LaunchSettings(maxLineBytes, drainAfterExit ?? TimeSpan.FromSeconds(1), time, ChdirByShell: NeedsShellForChdir()))
    {
    }

    internal ProcessLauncher(LaunchSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MaxLineBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.DrainAfterExit, TimeSpan.Zero);
        _settings = settings;
    }

    /// <inheritdoc />
    public IRunningProcess Start(ProcessSpec spec, IOutputSink output)
    {
        if (OperatingSystem.IsWindows())
        {
            return WindowsRunningProcess.Start(spec, output, _settings);
        }

        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            return UnixRunningProcess.Start(spec, output, _settings);
        }

        throw new PlatformNotSupportedException("Runner starts jobs on Linux, macOS and Windows only");
    }

    private static bool NeedsShellForChdir() =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && !PosixSpawn.HasChdirAction;
}
