using System.Runtime.Versioning;
using System.ServiceProcess;

namespace Runner.Hosting;

/// <summary>
/// The scheduler as a Windows service: <c>runner.exe --home HOME start scheduler --service</c>,
/// started by the service control manager (docs/windows-service.md). Start runs
/// <see cref="SchedulerHost"/> on its own thread; Stop and shutdown request the same graceful
/// stop as SIGTERM and wait for it, asking the manager for <see cref="SchedulerHost.StopDeadline"/>.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsSchedulerService : ServiceBase
{
    private readonly Func<CancellationToken, Cli.ExitCode> _run;
    private readonly TimeSpan _stopDeadline;
    private readonly CancellationTokenSource _stop = new();
    private Thread? _scheduler;

    public WindowsSchedulerService(string name, TimeSpan stopDeadline, Func<CancellationToken, Cli.ExitCode> run)
    {
        ServiceName = name;
        CanStop = true;
        CanShutdown = true;
        _stopDeadline = stopDeadline;
        _run = run;
    }

    protected override void OnStart(string[] args)
    {
        _scheduler = new Thread(RunScheduler) { Name = "scheduler" };
        _scheduler.Start();
    }

    protected override void OnStop() => StopScheduler();

    protected override void OnShutdown() => StopScheduler();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Dispose();
        }

        base.Dispose(disposing);
    }

    private void RunScheduler()
    {
        var code = _run(_stop.Token);
        ExitCode = (int)code;
        if (!_stop.IsCancellationRequested)
        {
            // The scheduler ended by itself (a bad setup, another scheduler on the home): tell the manager.
            Stop();
        }
    }

    private void StopScheduler()
    {
        RequestAdditionalTime((int)_stopDeadline.TotalMilliseconds);
        _stop.Cancel();
        _scheduler?.Join();
    }
}
