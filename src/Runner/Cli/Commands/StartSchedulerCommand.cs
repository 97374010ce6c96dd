using System.ComponentModel;
using System.Diagnostics;
using Runner.Hosting;
using Spectre.Console.Cli;

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
        [CommandOption("--detach|-d")]
        [Description("Run the scheduler in the background; print its pid and return.")]
        public bool Detach { get; init; }
    }

    protected override ExitCode Run(HomeServices home, Settings settings) =>
        settings.Detach ? Detach(home) : new SchedulerHost(home, Terminal).Run();

    private ExitCode Detach(HomeServices home)
    {
        var logs = home.Home.LogsPath;
        if (SchedulerState.IsRunning(logs, home.Time))
        {
            Terminal.Error($"a scheduler already runs in {home.Home.Root} (pid {SchedulerState.Read(logs)?.Pid}); stop it with `runner stop scheduler`");
            return ExitCode.JobFailed;
        }

        var start = new ProcessStartInfo(Environment.ProcessPath!, ["--home", home.Home.Root, "start", "scheduler"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = home.Home.Root,
        };
        using var child = Process.Start(start)!;
        child.StandardInput.Close();
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
                Terminal.Err.Write(child.StandardError.ReadToEnd());
                Terminal.Error($"the scheduler ended at once (exit status {child.ExitCode})");
                return ExitCode.JobFailed;
            }
        }

        Terminal.Error($"the scheduler (pid {child.Id}) did not write {home.Home.Show(SchedulerState.PidPath(logs))} within {DetachWait.TotalSeconds} s; see logs/scheduler.log");
        return ExitCode.JobFailed;
    }
}
