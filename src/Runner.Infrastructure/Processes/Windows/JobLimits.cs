using System.Runtime.InteropServices;

namespace Runner.Infrastructure.Processes.Windows;

/// <summary>
/// JOBOBJECT_EXTENDED_LIMIT_INFORMATION, its JOBOBJECT_BASIC_LIMIT_INFORMATION and IO_COUNTERS
/// laid out inline (144 bytes on 64-bit Windows, 112 on 32-bit).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct JobLimits
{
    public long PerProcessUserTimeLimit;
    public long PerJobUserTimeLimit;
    public uint LimitFlags;
    public nuint MinimumWorkingSetSize;
    public nuint MaximumWorkingSetSize;
    public uint ActiveProcessLimit;
    public nuint Affinity;
    public uint PriorityClass;
    public uint SchedulingClass;
    public ulong ReadOperationCount;
    public ulong WriteOperationCount;
    public ulong OtherOperationCount;
    public ulong ReadTransferCount;
    public ulong WriteTransferCount;
    public ulong OtherTransferCount;
    public nuint ProcessMemoryLimit;
    public nuint JobMemoryLimit;
    public nuint PeakProcessMemoryUsed;
    public nuint PeakJobMemoryUsed;
}
