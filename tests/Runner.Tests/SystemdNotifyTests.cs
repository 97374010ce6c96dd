using System.Net.Sockets;
using System.Text;
using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>Type=notify: the scheduler tells the socket systemd gives it when it is ready and when it stops.</summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class SystemdNotifyTests(PublishedRunner runner)
{
    [Fact]
    public void The_scheduler_sends_ready_then_stopping_to_notify_socket()
    {
        using var home = new TempHome();
        runner.Run(home.Path, null, "create", "scheduler", "--yes");
        var socketPath = home.File("notify.sock");
        using var systemd = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified) { ReceiveTimeout = 30_000 };
        systemd.Bind(new UnixDomainSocketEndPoint(socketPath));

        using var scheduler = new SchedulerProcess(runner, home.Path, new Dictionary<string, string> { ["NOTIFY_SOCKET"] = socketPath, ["RUNNER_SCHEDULER_STOP_GRACE"] = "2" });
        var ready = Receive(systemd);
        var stop = runner.Run(home.Path, null, "stop", "scheduler");
        var stopping = Receive(systemd);

        Assert.StartsWith("READY=1\n", ready, StringComparison.Ordinal);
        Assert.Equal(0, stop.ExitCode);
        Assert.StartsWith("STOPPING=1\n", stopping, StringComparison.Ordinal);
        Assert.Equal(0, scheduler.WaitForExit(TimeSpan.FromSeconds(20)));
    }

    private static string Receive(Socket socket)
    {
        var buffer = new byte[4096];
        return Encoding.UTF8.GetString(buffer, 0, socket.Receive(buffer));
    }
}
