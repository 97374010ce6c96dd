using System.Globalization;
using Runner.Core.Configuration;
using Runner.Core.Runs;
using Runner.Core.Triggers;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;

namespace Runner.Engine.Runs;

/// <summary>
/// Runs a job the same way for <c>run job</c>, <c>run jobs</c> and the scheduler: builds the
/// command line (never a shell), records the run before the process starts, captures every
/// output line into the run's log as it comes, ends the whole process tree on timeout (TERM,
/// then KILL after <see cref="KillGrace"/>) or stop, records the outcome, and retries per the
/// job's policy (each attempt its own run record). A run's processes end with it: whatever the
/// job left running in its process group is killed when the job exits (like systemd's
/// KillMode=control-group). A failed job is a run record, never an exception. The job comes
/// resolved with the request: the pipeline reads no configuration.
/// </summary>
public sealed class RunPipeline(
    IProcessLauncher launcher, IRunStore store, IRunLogs logs, HostFacts host, string homeRoot, TimeProvider time)
{
    /// <summary>Time between TERM and KILL when a run's tree is ended.</summary>
    public static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    /// <summary>Runs every attempt the job's retry policy allows; returns the last attempt's record.</summary>
    /// <exception cref="InvalidOperationException">The job's configuration is invalid: such a job is not run (callers check <see cref="ResolvedJob.IsValid"/>).</exception>
    public async Task<RunRecord> RunAsync(RunRequest request, IOutputSink? echo, CancellationToken stop)
    {
        var settings = request.Job.Valid;
        var policy = settings.Policy;
        for (var attempt = 1; ; attempt++)
        {
            var run = await AttemptAsync(request, attempt, settings, echo, stop).ConfigureAwait(false);
            if (stop.IsCancellationRequested || RetryPlan.After(policy, attempt, run.Outcome) is not { } retry)
            {
                return run;
            }

            try
            {
                await Task.Delay(retry.Delay, time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return run;
            }
        }
    }

    private async Task<RunRecord> AttemptAsync(RunRequest request, int attempt, JobSettings settings, IOutputSink? echo, CancellationToken stop)
    {
        var job = request.Job.Row;
        var zone = request.Job.Zone;
        var started = time.GetUtcNow();
        var run = attempt == 1 && request.Begun is { } begun ? begun with { Started = started } : store.Begin(NewRecord(request, attempt, started));
        using var log = logs.Create(job.Id, run.RunId, Local(started, zone));
        run = run with { LogPath = log.Path };
        var sink = new CappedLogSink(log, settings.Log.RunMaxSize, time, zone, echo);
        var context = new RunContext(job.Id, job.Name, request.Trigger, run.RunId);
        var environment = request.Job.EnvironmentCommand;
        IReadOnlyList<string> commandErrors = [];
        var command = environment is null ? null : CommandLine.Build(environment, ResolveFile(job.File), job.Parameters, context, out commandErrors);
        sink.Write([.. RunLogHeader.Lines(Facts(request, run, attempt, settings.Policy, command?.Display ?? "(not built)")),
            RunLogHeader.Started(Local(started, zone)).ToString()]);
        if (command is null)
        {
            var reason = environment is null
                ? $"environment '{job.Environment}' is not defined in [ENVIRONMENT] of config.ini; add it there or change the job's ENVIRONMENT"
                : $"the command line could not be built: {string.Join("; ", commandErrors)}";
            return Finish(run with { Message = reason }, RunOutcome.Failed, null, sink, zone, reason);
        }

        IRunningProcess process;
        try
        {
            process = launcher.Start(Spec(command, job, run, request.Trigger, log.Path), sink);
        }
        catch (ProcessStartException e)
        {
            return Finish(run with { Message = e.Message }, RunOutcome.Failed, null, sink, zone, e.Message);
        }

        using (process)
        {
            run = run with { Pid = process.Id };
            store.Started(run);
            var (outcome, exit) = await WaitAsync(process, settings.Policy.Timeout, stop).ConfigureAwait(false);
            process.Kill();
            return Finish(run, outcome, exit.Code, sink, zone, null);
        }
    }

    /// <summary>Waits for the process; on timeout or stop ends its tree, TERM then KILL.</summary>
    private async Task<(RunOutcome, ProcessExit)> WaitAsync(IRunningProcess process, TimeSpan? timeout, CancellationToken stop)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var deadline = Task.Delay(timeout ?? Timeout.InfiniteTimeSpan, time, limit.Token);
        var first = await Task.WhenAny(process.Completion, deadline).ConfigureAwait(false);
        if (first == process.Completion)
        {
            await limit.CancelAsync().ConfigureAwait(false);
            var exit = await process.Completion.ConfigureAwait(false);
            return (exit.Signaled ? RunOutcome.Killed : RunOutcomes.FromExit(exit.Code), exit);
        }

        var outcome = stop.IsCancellationRequested ? RunOutcome.Killed : RunOutcome.Timeout;
        process.Terminate();
        if (await Task.WhenAny(process.Completion, Task.Delay(KillGrace, time, CancellationToken.None)).ConfigureAwait(false) != process.Completion)
        {
            process.Kill();
        }

        return (outcome, await process.Completion.ConfigureAwait(false));
    }

    private RunRecord Finish(RunRecord run, RunOutcome outcome, int? exitCode, CappedLogSink sink, TimeZoneInfo zone, string? error)
    {
        var finished = time.GetUtcNow();
        var closing = new List<string>();
        if (error is not null)
        {
            closing.Add(new RunLogRecord(Local(finished, zone), RunLogLevel.Error, error).ToString());
        }

        foreach (var record in RunLogHeader.Closing(outcome, exitCode, finished - run.Started, Local(finished, zone)))
        {
            closing.Add(record.ToString());
        }

        sink.Write(closing);

        var done = run with { Finished = finished, Outcome = outcome, ExitCode = exitCode };
        store.Finish(done);
        return done;
    }

    private ProcessSpec Spec(CommandLine command, Core.Schedules.Job job, RunRecord run, DateTimeOffset trigger, string logPath) =>
        new(command.Program, command.Arguments, JobFolder(job.Id), new Dictionary<string, string>
        {
            ["RUNNER_HOME"] = homeRoot,
            ["RUNNER_JOB_ID"] = job.Id.ToString(CultureInfo.InvariantCulture),
            ["RUNNER_JOB_NAME"] = job.Name,
            ["RUNNER_TRIGGER"] = TriggerParser.Format(trigger),
            ["RUNNER_RUN_ID"] = run.RunId.ToString(CultureInfo.InvariantCulture),
            ["RUNNER_LOG"] = logPath,
        });

    private RunHeaderFacts Facts(RunRequest request, RunRecord run, int attempt, JobPolicy policy, string command) =>
        new(request.Job.Id, request.Job.Name, request.Job.Row.Description, request.Trigger, run.RunId, attempt, policy.Retries + 1, command,
            host.Host, host.User, host.System, host.Runtime, [Path.Combine(homeRoot, "config.ini"), Path.Combine(JobFolder(request.Job.Id), "config.ini")], policy.Persons);

    private RunRecord NewRecord(RunRequest request, int attempt, DateTimeOffset started) =>
        new(0, request.Job.Id, request.Job.Name, request.Trigger, request.Scheduled, started, null, RunOutcome.Running, null, attempt, host.Host, null, null, null, request.Kind) { Node = host.Node };

    /// <summary>FILE as given when absolute, else relative to the home.</summary>
    private string ResolveFile(string file) => Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(homeRoot, file));

    private string JobFolder(int id) => Path.Combine(homeRoot, "jobs", id.ToString(CultureInfo.InvariantCulture));

    private static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
