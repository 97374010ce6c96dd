using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.PipelineHarness;

namespace Runner.Engine.Tests.Runs;

/// <summary>How a run's process ends becomes its record: begun RUNNING before the process starts, its pid recorded at once, then DONE, FAILED with the exit code, or KILLED for a signal from outside.</summary>
public sealed class RunPipelineOutcomeTests
{
    [Fact]
    public async Task The_run_is_recorded_running_before_its_process_starts()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));
        IReadOnlyList<RunRecord> atStart = [];
        harness.Launcher.OnStart = _ => atStart = harness.Store.Unfinished();

        var run = await harness.RunAsync();

        var begun = Assert.Single(atStart);
        Assert.Equal((run.RunId, RunOutcome.Running, 1, "falcon"), (begun.RunId, begun.Outcome, begun.Attempt, begun.Host));
        Assert.Equal((T0, T0, (int?)null), (begun.Trigger, begun.Started, begun.Pid));
        Assert.Empty(harness.Store.Unfinished());
    }

    [Fact]
    public async Task The_pid_is_recorded_as_soon_as_the_process_started()
    {
        var harness = new PipelineHarness(ProcessScript.Hang());
        var running = harness.Start();
        var process = Assert.Single(harness.Launcher.Processes);

        var stored = Assert.Single(harness.Store.Unfinished());
        Assert.Equal((RunOutcome.Running, (int?)FakeLauncher.FirstPid), (stored.Outcome, stored.Pid));
        Assert.Equal("/home/jobs/7/logs/1-20260301-120000.log", stored.LogPath);

        process.Exit(0);
        Assert.Equal(RunOutcome.Done, (await running.WaitAsync(Hang)).Outcome);
    }

    [Fact]
    public async Task Exit_code_0_is_done_and_the_record_holds_the_end()
    {
        var harness = new PipelineHarness(ProcessScript.Hang());
        var running = harness.Start();
        harness.Clock.Advance(TimeSpan.FromSeconds(12.5));
        harness.Launcher.Processes[0].Exit(0);

        var run = await running.WaitAsync(Hang);

        Assert.Equal(run, harness.Store.Find(run.RunId));
        Assert.Equal((RunOutcome.Done, (int?)0, (int?)FakeLauncher.FirstPid), (run.Outcome, run.ExitCode, run.Pid));
        Assert.Equal((T0, T0.AddSeconds(12.5)), (run.Started, run.Finished));
        Assert.Null(run.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(255)]
    public async Task A_non_zero_exit_is_failed_with_its_exit_code(int code)
    {
        var harness = new PipelineHarness(ProcessScript.Exits(code));

        var run = await harness.RunAsync();

        var stored = harness.Store.Find(run.RunId)!;
        Assert.Equal((RunOutcome.Failed, (int?)code), (stored.Outcome, stored.ExitCode));
        Assert.Equal(T0, stored.Finished);
    }

    [Theory]
    [InlineData(ProcessScript.SigKill, 137)]
    [InlineData(ProcessScript.SigTerm, 143)]
    [InlineData(11, 139)]
    public async Task A_process_ended_by_a_signal_it_did_not_get_from_runner_is_killed(int signal, int code)
    {
        var harness = new PipelineHarness(ProcessScript.EndedBy(signal));

        var run = await harness.RunAsync(Job(Policy(retries: 2)));

        var stored = harness.Store.Find(run.RunId)!;
        Assert.Equal((RunOutcome.Killed, (int?)code), (stored.Outcome, stored.ExitCode));
        Assert.Single(harness.Runs);
        Assert.Equal(0, harness.Launcher.Processes[0].Terminations);
    }

    [Fact]
    public async Task Whatever_the_job_left_in_its_group_is_killed_when_it_exits_and_the_process_is_released()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));

        await harness.RunAsync();

        var process = Assert.Single(harness.Launcher.Processes);
        Assert.Equal((0, 1, true), (process.Terminations, process.Kills, process.Disposed));
    }
}
