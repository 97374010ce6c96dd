using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Runner.Infrastructure.Processes.Windows;

/// <summary>
/// A job object holding a started process and everything it starts. Created with
/// KILL_ON_JOB_CLOSE: disposing it (or the runner dying) ends every process still in it.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed unsafe class JobObject : IDisposable
{
    private readonly SafeJobHandle _handle;

    private JobObject(SafeJobHandle handle) => _handle = handle;

    /// <exception cref="Win32Exception">Windows refused the job object.</exception>
    public static JobObject Create()
    {
        var handle = Kernel32.CreateJobObject(0, 0);
        if (handle.IsInvalid)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw new Win32Exception(error);
        }

        var limits = new JobLimits { LimitFlags = Kernel32.KillOnJobClose };
        if (!Kernel32.SetInformationJobObject(handle, Kernel32.ExtendedLimitInformation, &limits, (uint)sizeof(JobLimits)))
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw new Win32Exception(error);
        }

        return new JobObject(handle);
    }

    /// <summary>
    /// Puts <paramref name="process"/> in the job. What it started before this call (a few
    /// instructions after Process.Start) stays outside: Process cannot start suspended.
    /// </summary>
    public bool TryAdd(Process process) => Kernel32.AssignProcessToJobObject(_handle, process.SafeHandle);

    /// <summary>Ends every process in the job with <paramref name="exitCode"/>.</summary>
    public void Terminate(uint exitCode) => _ = Kernel32.TerminateJobObject(_handle, exitCode);

    public void Dispose() => _handle.Dispose();
}
