using System.Net.Sockets;
using System.Text;

namespace Runner.Hosting;

/// <summary>
/// The systemd readiness protocol (sd_notify) for <c>Type=notify</c> units: when systemd
/// starts the scheduler it sets <c>NOTIFY_SOCKET</c>, and the scheduler sends <c>READY=1</c>
/// once its loop runs and <c>STOPPING=1</c> when a graceful stop begins. Without the variable
/// (a terminal, another service manager) nothing is sent.
/// </summary>
internal sealed class SystemdNotifier(string? socketPath)
{
    /// <summary>Tells systemd the scheduler is up; returns a failure to log, or null.</summary>
    public string? Ready() => Send("READY=1\nSTATUS=firing jobs");

    /// <summary>Tells systemd a graceful stop began; returns a failure to log, or null.</summary>
    public string? Stopping() => Send("STOPPING=1\nSTATUS=stopping: waiting for running jobs");

    /// <summary>Sends one datagram; a failure is returned as text for the log, never thrown.</summary>
    public string? Send(string state)
    {
        if (string.IsNullOrEmpty(socketPath) || OperatingSystem.IsWindows())
        {
            return null;
        }

        // A leading '@' names a socket in Linux's abstract namespace.
        var path = socketPath[0] == '@' ? "\0" + socketPath[1..] : socketPath;
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(path));
            socket.Send(Encoding.UTF8.GetBytes(state));
            return null;
        }
        catch (SocketException e)
        {
            return $"could not tell systemd '{state.Split('\n')[0]}' through NOTIFY_SOCKET {socketPath}: {e.Message}";
        }
    }
}
