using Runner.Core.Schedules;
using Runner.Core.Scheduling;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Testing.Stores;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// The run pipeline over in-memory ports on a fake clock: the run history, the run logs and a
/// launcher of fake processes, in the home <see cref="Home"/>. Job 7 (<c>backup</c>) runs
/// <c>backup.sh</c> with the built-in settings unless a test gives others.
/// </summary>
public sealed class PipelineHarness
{
    public const string Home = "/home";

    public const int JobId = 7;

    /// <summary>A safety net against a pipeline that never ends (a bug): fail instead of hanging.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    public static readonly DateTimeOffset T0 = TestJobs.At("2026-03-01T12:00:00Z");

    public static readonly HostFacts Host = new("falcon", "kenobi", "Debian 13", ".NET 10.0.0");

    public PipelineHarness(params ProcessScript[] scripts)
    {
        Launcher = new FakeLauncher(scripts);
        Pipeline = new RunPipeline(Launcher, Store, Logs, Host, Home, Clock);
    }

    public TimerClock Clock { get; } = new(T0);

    public MemoryRunStore Store { get; } = new();

    public MemoryRunLogs Logs { get; } = new();

    public FakeLauncher Launcher { get; }

    public RunPipeline Pipeline { get; }

    /// <summary>Every run of the job, oldest first.</summary>
    public IReadOnlyList<RunRecord> Runs => [.. Store.History(new(JobId: JobId, Last: 1000)).Reverse()];

    /// <summary>Job 7's row: <c>backup</c>, "copies the database", FILE <paramref name="file"/>, PARAMETERS <paramref name="parameters"/>.</summary>
    public static Job Row(string file = "backup.sh", string parameters = "", string environment = "") =>
        new(JobId, "backup", "copies the database", environment, file, Timing.EverySecond, parameters, true, 2, new Dictionary<string, string>());

    /// <summary>Job 7 resolved with <paramref name="settings"/> (the built-in ones when null) and the environment command given (empty: the FILE runs itself; null: undefined).</summary>
    public static ResolvedJob Job(JobSettings? settings = null, string? environmentCommand = "", Job? row = null) =>
        new(row ?? Row(), settings ?? Resolution.Defaults, environmentCommand, TimeZoneInfo.Utc, [], string.Empty);

    /// <summary>The built-in settings with the [JOB] retry and timeout options given.</summary>
    public static JobSettings Policy(int retries = 0, TimeSpan? retryDelay = null, TimeSpan? timeout = null) =>
        Resolution.Defaults with
        {
            Policy = Resolution.Defaults.Policy with { Retries = retries, RetryDelay = retryDelay ?? Resolution.Defaults.Policy.RetryDelay, Timeout = timeout },
        };

    /// <summary>Runs the job for the trigger <see cref="T0"/>; the returned task is the pipeline's, not yet awaited.</summary>
    public Task<RunRecord> Start(ResolvedJob? job = null, RunKind kind = RunKind.Manual, RunRecord? begun = null, CancellationToken stop = default) =>
        Pipeline.RunAsync(new RunRequest(job ?? Job(), T0, kind, kind == RunKind.Manual ? null : T0, begun), null, stop);

    /// <summary>Runs the job to its end.</summary>
    public Task<RunRecord> RunAsync(ResolvedJob? job = null, RunKind kind = RunKind.Manual, RunRecord? begun = null) =>
        Start(job, kind, begun).WaitAsync(Hang);

    /// <summary>The lines of the log of <paramref name="run"/>.</summary>
    public IReadOnlyList<string> LogOf(RunRecord run) => Logs.Lines(run.LogPath!);

    /// <summary>The value of a fact of the header box of <paramref name="run"/>'s log (<c>ATTEMPT</c> gives <c>1 of 1</c>).</summary>
    public string Fact(RunRecord run, string label)
    {
        var prefix = "*" + (label + ": ").PadLeft(15);
        var line = LogOf(run).Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line[prefix.Length..].TrimEnd('*').TrimEnd();
    }
}
