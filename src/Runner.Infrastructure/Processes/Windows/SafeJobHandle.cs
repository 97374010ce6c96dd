using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Runner.Infrastructure.Processes.Windows;

/// <summary>A job object handle, closed with CloseHandle.</summary>
[SupportedOSPlatform("windows")]
internal sealed class SafeJobHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeJobHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle() => Kernel32.CloseHandle(handle);
}
