using Runner.Hosting;
using Runner.Infrastructure.Processes;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner stop scheduler</c>: sends SIGTERM to the home's scheduler and waits until it released
/// its lock (up to <c>stop_grace</c> + 15 s). When none runs it says so and succeeds.
/// </summary>
internal sealed class StopSchedulerCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<GlobalSettings>(homes, terminal)
{
    protected override ExitCode Run(HomeServices home, GlobalSettings settings)
    {
        var logs = home.Home.LogsPath;
        var state = SchedulerState.Read(logs);
        if (!SchedulerState.IsRunning(logs, home.Time) || state is null)
        {
            Terminal.Info($"No scheduler runs in {home.Home.Root}.");
            return ExitCode.Success;
        }

        if (!Signals.Terminate(state.Pid))
        {
            Terminal.Error($"could not send SIGTERM to the scheduler (pid {state.Pid}); is it another user's?");
            return ExitCode.JobFailed;
        }

        var deadline = SchedulerHost.StopDeadline(home);
        var started = home.Time.GetTimestamp();
        using var pause = new ManualResetEventSlim();
        while (SchedulerState.IsRunning(logs, home.Time))
        {
            if (home.Time.GetElapsedTime(started) > deadline)
            {
                Terminal.Error($"the scheduler (pid {state.Pid}) did not stop within {deadline.TotalSeconds} s; look at logs/scheduler.log, or kill it");
                return ExitCode.JobFailed;
            }

            pause.Wait(TimeSpan.FromMilliseconds(100));
        }

        Terminal.Info($"Scheduler (pid {state.Pid}) stopped.");
        return ExitCode.Success;
    }
}
