using System.Runtime.InteropServices;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>struct pollfd, the same layout on Linux and macOS.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PollFd
{
    public int Fd;
    public short Events;
    public short ReturnedEvents;
}
