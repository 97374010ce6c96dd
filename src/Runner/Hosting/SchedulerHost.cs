using System.Runtime.InteropServices;
using Runner.Cli;
using Runner.Core.Configuration;
using Runner.Core.Runs;
using Runner.Engine.Notifications;
using Runner.Engine.Runs;
using Runner.Engine.Scheduling;
using Runner.Engine.Status;
using Runner.Infrastructure.Files;
using Runner.Infrastructure.Home;
using Runner.Infrastructure.Logs;
using Runner.Infrastructure.Processes;

namespace Runner.Hosting;

/// <summary>
/// <c>runner start scheduler</c> in the foreground: takes the home's scheduler lock, writes the
/// state file, accounts for the runs an earlier scheduler left RUNNING (their process groups
/// killed, recorded LOST), then runs the loop, the schedule watcher and the dispatcher until
/// SIGINT or SIGTERM, and stops gracefully (<c>[SCHEDULER] stop_grace</c>).
/// </summary>
internal sealed class SchedulerHost(HomeServices home, Cli.Terminal.Terminal terminal)
{
    /// <summary>Why a RUNNING run found at start is recorded LOST.</summary>
    public const string LostMessage = "the scheduler stopped before the run's end could be observed";

    /// <summary>Time a graceful stop may take beyond stop_grace: the TERM-to-KILL grace of the runs and the recording of their ends.</summary>
    private static readonly TimeSpan StopMargin = TimeSpan.FromSeconds(15);

    /// <summary>How long a stopping scheduler tries to send the notifications still queued.</summary>
    private static readonly TimeSpan OutboxDrain = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest a graceful stop of this home's scheduler may take: <c>[SCHEDULER] stop_grace</c>
    /// (30 s when it is invalid) plus a margin; what <c>stop scheduler</c> and the service manager wait.
    /// </summary>
    public static TimeSpan StopDeadline(HomeServices home) =>
        (SchedulerSettings.From(home.Settings.Load().Config, out _)?.StopGrace ?? TimeSpan.FromSeconds(30)) + StopMargin;

    /// <summary>Runs until SIGINT, SIGTERM or <paramref name="shutdown"/> (the Windows service manager's stop).</summary>
    public ExitCode Run(CancellationToken shutdown = default)
    {
        var settings = home.Settings.Load();
        var scheduler = SchedulerSettings.From(settings.Config, out var schedulerErrors);
        var logSettings = LogSettings.From(settings.Config, out var logErrors);
        var web = WebSettings.From(settings.Config, out var webErrors);
        var database = DatabaseSettings.NotSupportedYet(settings.Config);
        if (scheduler is null || logSettings is null || web is null || database is not null)
        {
            foreach (var error in schedulerErrors.Concat(logErrors).Concat(webErrors).Append(database).OfType<Core.Diagnostics.Diagnostic>())
            {
                terminal.Error(error.ToString());
            }

            return ExitCode.InvalidSetup;
        }

        var logs = home.Home.LogsPath;
        FileLock held;
        try
        {
            held = FileLock.Acquire(SchedulerState.LockPath(logs), TimeSpan.Zero, home.Time);
        }
        catch (TimeoutException)
        {
            var pid = SchedulerState.Read(logs)?.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
            terminal.Error($"a scheduler already runs in {home.Home.Root} (pid {pid}); stop it with `runner stop scheduler`");
            return ExitCode.JobFailed;
        }

        using (held)
        {
            SchedulerState.Write(logs, new SchedulerState(Environment.ProcessId, TimeZoneInfo.ConvertTime(home.Time.GetUtcNow(), settings.Zone)));
            try
            {
                return RunAsync(settings.Zone, scheduler.StopGrace, logSettings, web, shutdown).GetAwaiter().GetResult();
            }
            finally
            {
                File.Delete(SchedulerState.PidPath(logs));
            }
        }
    }

    private async Task<ExitCode> RunAsync(TimeZoneInfo zone, TimeSpan stopGrace, LogSettings logSettings, WebSettings webSettings, CancellationToken shutdown)
    {
        var time = home.Time;

        // A run holds a pool thread while its record is written and its process starts: when many
        // jobs are due at once they start together instead of waiting for the pool to grow.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), completions);
        var log = new SchedulerLog(home.Home.LogsPath, logSettings, zone, time, terminal.Out);
        log.Write("INFO", $"scheduler started in {home.Home.Root} (pid {Environment.ProcessId})");
        var outbox = home.Notifications.Worker(log.Write);
        home.Notifications.Alarms.Queued += (_, _) => outbox.Wake();
        using var outboxStop = new CancellationTokenSource();
        var delivering = Task.Run(() => outbox.RunAsync(outboxStop.Token), CancellationToken.None);
        Recover(log);

        var store = home.Store;
        var status = new SchedulerStatus(log, time);
        var runs = new ScheduledRuns(home.Runs, home.Retention, time, warning => log.Write("WARNING", warning));
        var dispatcher = new FireDispatcher(runs.RunAsync, store, status, time);
        await using var alarming = new AlarmingJournal(status, home.Notifications.Alarms, log.Write);
        var loop = new Scheduler(home.Ledger, dispatcher, alarming, zone, time, TestPause.FromEnvironment(home.Home.LogsPath));
        await using var web = await WebHost.StartAsync(webSettings, home, dispatcher, status, log, terminal).ConfigureAwait(false);
        if (web is { Failed: true })
        {
            await dispatcher.StopAsync(TimeSpan.Zero).ConfigureAwait(false);
            await outboxStop.CancelAsync().ConfigureAwait(false);
            await delivering.ConfigureAwait(false);
            return ExitCode.InvalidSetup;
        }

        var notifier = new SystemdNotifier(Environment.GetEnvironmentVariable("NOTIFY_SOCKET"));
        using var stop = new CancellationTokenSource();
        using var service = shutdown.Register(() =>
        {
            log.Write("INFO", "stop requested by the service manager: stopping gracefully");
            stop.Cancel();
        });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var catalog = home.Catalog;
        catalog.Published += loop.Apply;
        using (var watcher = new ScheduleWatcher(home.ScheduleFile.FullPath, () => home.Settings.Load().Environments, time))
        using (var configs = new ConfigWatcher(catalog, message => log.Write("WARNING", message), time))
        {
            watcher.Start(schedule => catalog.Apply(schedule), loop.Reject);

            // The first read, parse and resolution of a large schedule leave tens of MB of garbage: collected and
            // given back once, before the loop starts, so the resident set is the schedule's, not the load's.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            configs.Start();
            var running = loop.RunAsync(stop.Token);
            Notify(notifier.Ready());
            await running.ConfigureAwait(false);
        }

        Notify(notifier.Stopping());
        if (web is not null)
        {
            await web.StopAsync().ConfigureAwait(false);
        }

        log.Write("INFO", $"waiting up to {stopGrace.TotalSeconds} s ([SCHEDULER] stop_grace) for {dispatcher.Running} running jobs");
        await dispatcher.StopAsync(stopGrace).ConfigureAwait(false);

        // The alarms of the runs ended by the stop get one bounded attempt; what is left stays queued for the next start.
        await outboxStop.CancelAsync().ConfigureAwait(false);
        await delivering.ConfigureAwait(false);
        home.Notifications.DeliverNow(log.Write, OutboxDrain);
        log.Write("INFO", "scheduler stopped");
        return ExitCode.Success;

        void Notify(string? failure)
        {
            if (failure is not null)
            {
                log.Write("WARNING", failure);
            }
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            log.Write("INFO", $"{context.Signal} received: stopping gracefully");
            stop.Cancel();
        }
    }

    /// <summary>Ends every scheduled run an earlier scheduler on this host left RUNNING: kills what is left of its process group, records it LOST.</summary>
    private void Recover(SchedulerLog log)
    {
        foreach (var run in home.Store.Unfinished().Where(r => r.Kind != Engine.Ports.RunKind.Manual && r.Host == home.Host.Host))
        {
            if (run.Pid is int pid && Signals.GroupAlive(pid))
            {
                Signals.KillGroup(pid);
                log.Write("WARNING", $"run {run.RunId} of job {run.JobName} (#{run.JobId}): process group {pid} was still alive and was killed");
            }

            home.Store.Finish(run with { Finished = home.Time.GetUtcNow(), Outcome = RunOutcome.Lost, Message = LostMessage });
            log.Write("WARNING", $"run {run.RunId} of job {run.JobName} (#{run.JobId}) recorded LOST: {LostMessage}");
        }
    }
}
