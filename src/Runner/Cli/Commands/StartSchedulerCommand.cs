using System.CommandLine;
using System.Diagnostics;
using System.ServiceProcess;
using Runner.Hosting;
using Runner.Infrastructure.Processes;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner start scheduler [--detach]</c>: runs the scheduler in the foreground until SIGINT or
/// SIGTERM; <c>--detach</c> starts it again in the background and returns once it runs.
/// </summary>
internal sealed class StartSchedulerCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<StartSchedulerCommand.Settings>(homes, terminal)
{
    /// <summary>How long <c>--detach</c> waits for the background scheduler to write its state file.</summary>
    private static readonly TimeSpan DetachWait = TimeSpan.FromSeconds(15);

    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Run the scheduler in the background; print its pid and return.</summary>
        public bool Detach { get; init; }

        /// <summary>Run as a Windows service, started by the service manager.</summary>
        public bool Service { get; init; }
    }

    private readonly Option<bool> _detach = new("--detach", "-d");
    private readonly Option<bool> _service = new("--service");

    protected override IEnumerable<Symbol> Symbols => [_detach, _service];

    protected override Settings Bind(ParseResult parse) => new() { Detach = parse.GetValue(_detach), Service = parse.GetValue(_service) };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        if (settings.Service && settings.Detach)
        {
            Terminal.Error("--service and --detach exclude each other: the service manager runs the scheduler in the background");
            return ExitCode.Usage;
        }

        if (settings.Service)
        {
            return RunAsService(home);
        }

        return settings.Detach ? Detach(home) : new SchedulerHost(home, Terminal).Run();
    }

    private ExitCode RunAsService(HomeServices home)
    {
        if (!OperatingSystem.IsWindows())
        {
            Terminal.Error("--service is for the Windows service manager; on Linux run the scheduler under systemd (docs/runner.service), or use --detach");
            return ExitCode.Usage;
        }

        using var service = new WindowsSchedulerService("Runner", SchedulerHost.StopDeadline(home), stop => new SchedulerHost(home, Terminal).Run(stop));
        ServiceBase.Run(service);
        return (ExitCode)service.ExitCode;
    }

    private ExitCode Detach(HomeServices home)
    {
        var logs = home.Home.LogsPath;
        if (SchedulerState.IsRunning(logs, home.Time))
        {
            Terminal.Error($"a scheduler already runs in {home.Home.Root} (pid {SchedulerState.Read(logs)?.Pid}); stop it with `runner stop scheduler`");
            return ExitCode.JobFailed;
        }

        // Not redirected through pipes to this short-lived process: the child inherits /dev/null
        // and the output file as its standard streams (Daemon.HandOver) and nothing else.
        Directory.CreateDirectory(logs);
        var output = Path.Combine(logs, "scheduler.out");
        var start = new ProcessStartInfo(Environment.ProcessPath!, ["--home", home.Home.Root, "start", "scheduler"])
        {
            WorkingDirectory = home.Home.Root,
            CreateNoWindow = true,
            Environment = { [Daemon.Variable] = "1" },
        };
        try
        {
            Daemon.HandOver(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"cannot start the scheduler in the background: {e.Message}");
            return ExitCode.JobFailed;
        }

        using var child = Process.Start(start)!;
        var started = home.Time.GetTimestamp();
        while (home.Time.GetElapsedTime(started) < DetachWait)
        {
            if (SchedulerState.Read(logs) is { } state && state.Pid == child.Id)
            {
                Terminal.Info($"Scheduler started in the background (pid {state.Pid}); its log is {home.Home.Show(Path.Combine(logs, "scheduler.log"))}.");
                return ExitCode.Success;
            }

            if (child.WaitForExit(100))
            {
                Terminal.Err.Write(Tail(output));
                Terminal.Error($"the scheduler ended at once (exit status {child.ExitCode}); its output is in {home.Home.Show(output)}");
                return ExitCode.JobFailed;
            }
        }

        Terminal.Error($"the scheduler (pid {child.Id}) did not write {home.Home.Show(SchedulerState.PidPath(logs))} within {DetachWait.TotalSeconds} s; see logs/scheduler.log");
        return ExitCode.JobFailed;
    }

    /// <summary>The last lines of the daemon's output file: why it ended.</summary>
    private static string Tail(string path)
    {
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        var lines = File.ReadAllLines(path);
        return string.Concat(lines.Skip(Math.Max(0, lines.Length - 20)).Select(l => l + "\n"));
    }
}
