using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>
/// Our read end of one output pipe of a child, cut into lines. Read only when poll says it is
/// readable, one read() each time, so a blocking descriptor never blocks.
/// </summary>
[SupportedOSPlatform("linux")]
[SupportedOSPlatform("macos")]
internal sealed unsafe class OutputPipe(SafeFileHandle handle, LineSplitter lines)
{
    public int Fd { get; } = (int)handle.DangerousGetHandle();

    public bool IsOpen { get; private set; } = true;

    /// <summary>One read(): its lines go out; end of file (or a failed read) closes the pipe.</summary>
    public void ReadOnce(byte[] buffer)
    {
        nint count;
        fixed (byte* start = buffer)
        {
            count = LibC.Read(Fd, start, (nuint)buffer.Length);
        }

        if (count > 0)
        {
            lines.Push(buffer.AsSpan(0, (int)count));
        }
        else if (count == 0 || Marshal.GetLastPInvokeError() != LibC.EIntr)
        {
            Close();
        }
    }

    /// <summary>Delivers a last unterminated line and closes our end (a writer still holding the pipe then gets EPIPE).</summary>
    public void Close()
    {
        if (!IsOpen)
        {
            return;
        }

        IsOpen = false;
        lines.Finish();
        lines.Dispose();
        handle.Dispose();
    }
}
