using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Runner.Infrastructure.Processes.Windows;

/// <summary>The job-object calls of the Windows launcher.</summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class Kernel32
{
    /// <summary>JOBOBJECTINFOCLASS JobObjectExtendedLimitInformation.</summary>
    public const int ExtendedLimitInformation = 9;

    /// <summary>JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: closing the last handle ends every process of the job.</summary>
    public const uint KillOnJobClose = 0x2000;

    private const string Lib = "kernel32.dll";

    [LibraryImport(Lib, EntryPoint = "CreateJobObjectW", SetLastError = true)]
    public static partial SafeJobHandle CreateJobObject(nint attributes, nint name);

    [LibraryImport(Lib, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool SetInformationJobObject(SafeJobHandle job, int informationClass, void* information, uint length);

    [LibraryImport(Lib, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool AssignProcessToJobObject(SafeJobHandle job, SafeProcessHandle process);

    [LibraryImport(Lib, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TerminateJobObject(SafeJobHandle job, uint exitCode);

    [LibraryImport(Lib, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool CloseHandle(nint handle);
}
