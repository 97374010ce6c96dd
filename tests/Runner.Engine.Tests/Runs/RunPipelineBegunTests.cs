using System.Globalization;
using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.PipelineHarness;

namespace Runner.Engine.Tests.Runs;

/// <summary>
/// A run begun before the pipeline (by the fire's claim, or the operator's request): its record is
/// attempt 1, started at the actual start with its pid; retries are new records; the run's kind
/// (manual, on-time, misfire) is stored on every record.
/// </summary>
public sealed class RunPipelineBegunTests
{
    private static readonly TimeSpan Late = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task The_begun_run_is_the_first_attempt_recorded_started_at_the_actual_start_with_its_pid()
    {
        var harness = new PipelineHarness(ProcessScript.Hang());
        var begun = harness.Store.Begin(Claimed(RunKind.OnTime));
        harness.Clock.Advance(Late);

        var running = harness.Start(kind: RunKind.OnTime, begun: begun);
        var stored = harness.Store.Find(begun.RunId)!;
        Assert.Equal((RunOutcome.Running, T0 + Late, (int?)FakeLauncher.FirstPid), (stored.Outcome, stored.Started, stored.Pid));
        Assert.Equal(Late, stored.Lateness);
        harness.Launcher.Processes[0].Exit(0);
        var run = await running.WaitAsync(Hang);

        Assert.Equal((begun.RunId, 1, RunOutcome.Done), (run.RunId, run.Attempt, run.Outcome));
        Assert.Equal(run, Assert.Single(harness.Runs));
        Assert.Equal(begun.RunId.ToString(CultureInfo.InvariantCulture), harness.Launcher.Specs[0].Environment["RUNNER_RUN_ID"]);
        Assert.Equal($"/home/jobs/7/logs/{begun.RunId}-20260301-120002.log", run.LogPath);
        Assert.Equal(begun.RunId.ToString(CultureInfo.InvariantCulture), harness.Fact(run, "RUN"));
    }

    [Fact]
    public async Task Retries_after_a_begun_run_are_new_records_of_the_same_kind()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(1), ProcessScript.Exits(0));
        harness.Store.Begin(Claimed(RunKind.OnTime) with { JobId = 8 });
        var begun = harness.Store.Begin(Claimed(RunKind.Misfire));
        var running = harness.Start(Job(Policy(retries: 1, retryDelay: TimeSpan.FromSeconds(5))), RunKind.Misfire, begun);

        await harness.Clock.WhenArmed(1).WaitAsync(Hang);
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        var last = await running.WaitAsync(Hang);

        Assert.Equal([(begun.RunId, 1, RunOutcome.Failed), (begun.RunId + 1, 2, RunOutcome.Done)], harness.Runs.Select(r => (r.RunId, r.Attempt, r.Outcome)));
        Assert.All(harness.Runs, r => Assert.Equal((RunKind.Misfire, (DateTimeOffset?)T0, T0), (r.Kind, r.Scheduled, r.Trigger)));
        Assert.Equal(last, harness.Runs[^1]);
    }

    [Theory]
    [InlineData(RunKind.Manual)]
    [InlineData(RunKind.OnTime)]
    [InlineData(RunKind.Misfire)]
    public async Task The_kind_of_the_run_is_stored_on_its_record(RunKind kind)
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));

        var run = await harness.RunAsync(kind: kind);

        var stored = harness.Store.Find(run.RunId)!;
        Assert.Equal(kind, stored.Kind);
        Assert.Equal(kind == RunKind.Manual ? null : T0, stored.Scheduled);
    }

    /// <summary>The run a fire's claim begins: RUNNING, attempt 1, started at the scheduled instant, no process yet.</summary>
    private static RunRecord Claimed(RunKind kind) =>
        new(0, JobId, "backup", T0, T0, T0, null, RunOutcome.Running, null, 1, "falcon", null, null, null, kind);
}
