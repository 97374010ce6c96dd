using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>
/// A child leading its own process group; signals go to the whole group, which outlives the
/// leader while any member lives (a process group id is never reused while the group exists).
/// Dispose stops signalling (once the group is gone its id may be reused) but ends nothing: the
/// watch thread still reaps the child.
/// </summary>
[SupportedOSPlatform("linux")]
[SupportedOSPlatform("macos")]
internal sealed class UnixRunningProcess : IRunningProcess
{
    private volatile bool _disposed;

    private UnixRunningProcess(int id, Task<ProcessExit> completion)
    {
        Id = id;
        Completion = completion;
    }

    public int Id { get; }

    public Task<ProcessExit> Completion { get; }

    /// <exception cref="ProcessStartException">The program could not be started.</exception>
    public static UnixRunningProcess Start(ProcessSpec spec, IOutputSink output, LaunchSettings settings)
    {
        var child = PosixSpawn.Start(spec, settings.ChdirByShell);
        var watch = new ChildWatch(child, output, settings);
        watch.Start(spec.Program);
        return new UnixRunningProcess(child.Pid, watch.Completion);
    }

    public void Terminate() => SignalGroup(LibC.SigTerm);

    public void Kill() => SignalGroup(LibC.SigKill);

    public void Dispose() => _disposed = true;

    private void SignalGroup(int signal)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (LibC.Kill(-Id, signal) == 0)
        {
            return;
        }

        // ESRCH: nobody left in the group. EPERM: macOS answers it for a group of zombies only
        // (and any Unix for a member we may not signal, such as a setuid program).
        var error = Marshal.GetLastPInvokeError();
        if (error is not (LibC.ESrch or LibC.EPerm))
        {
            throw new Win32Exception(error, $"cannot signal process group {Id}: {Marshal.GetPInvokeErrorMessage(error)}");
        }
    }
}
