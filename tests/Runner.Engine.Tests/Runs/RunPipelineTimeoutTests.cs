using Runner.Core.Runs;
using Runner.Engine.Runs;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.PipelineHarness;

namespace Runner.Engine.Tests.Runs;

/// <summary>
/// Ending a run's tree on [JOB] timeout (TIMEOUT) or on the stop token (KILLED): SIGTERM first,
/// SIGKILL <see cref="RunPipeline.KillGrace"/> later on the fake clock if the tree is still there.
/// </summary>
public sealed class RunPipelineTimeoutTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Nothing_is_signalled_before_the_timeout()
    {
        var harness = new PipelineHarness(ProcessScript.Hang());
        var running = harness.Start(Job(Policy(timeout: Limit)));
        var process = harness.Launcher.Processes[0];
        await harness.Clock.WhenArmed(1).WaitAsync(Hang);

        harness.Clock.Advance(Limit - Second);

        Assert.Equal((0, 0), (process.Terminations, process.Kills));
        process.Exit(0);
        Assert.Equal(RunOutcome.Done, (await running.WaitAsync(Hang)).Outcome);
    }

    [Fact]
    public async Task On_timeout_the_tree_gets_term_then_kill_after_the_grace()
    {
        var harness = new PipelineHarness(ProcessScript.Hang());
        var running = harness.Start(Job(Policy(timeout: Limit)));
        var process = harness.Launcher.Processes[0];
        await harness.Clock.WhenArmed(1).WaitAsync(Hang);

        harness.Clock.Advance(Limit);
        await process.WhenTerminated.WaitAsync(Hang);
        await harness.Clock.WhenArmed(2).WaitAsync(Hang);
        harness.Clock.Advance(RunPipeline.KillGrace - Second);
        Assert.Equal((1, 0, false), (process.Terminations, process.Kills, running.IsCompleted));
        harness.Clock.Advance(Second);
        var run = await running.WaitAsync(Hang);

        Assert.Equal((RunOutcome.Timeout, (int?)137), (run.Outcome, run.ExitCode));
        Assert.Equal(T0 + Limit + RunPipeline.KillGrace, run.Finished);
        Assert.Equal(RunOutcome.Timeout, harness.Store.Find(run.RunId)!.Outcome);
        Assert.Contains("|ERROR|JOB FAILED. OUTCOME: TIMEOUT.", harness.LogOf(run)[^2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tree_that_obeys_term_ends_the_run_at_once_as_timeout()
    {
        var harness = new PipelineHarness(ProcessScript.Hang(exitsOnTerm: true));
        var running = harness.Start(Job(Policy(timeout: Limit)));
        await harness.Clock.WhenArmed(1).WaitAsync(Hang);

        harness.Clock.Advance(Limit);
        var run = await running.WaitAsync(Hang);

        Assert.Equal((RunOutcome.Timeout, (int?)143, T0 + Limit), (run.Outcome, run.ExitCode, run.Finished));
        Assert.Equal(1, harness.Launcher.Processes[0].Terminations);
    }

    [Fact]
    public async Task The_stop_token_ends_the_tree_the_same_way_and_records_killed_not_retried()
    {
        var harness = new PipelineHarness(ProcessScript.Hang());
        using var stop = new CancellationTokenSource();
        var running = harness.Start(Job(Policy(retries: 2, timeout: Limit)), stop: stop.Token);
        var process = harness.Launcher.Processes[0];
        harness.Clock.Advance(Second * 3);

        await stop.CancelAsync();
        await process.WhenTerminated.WaitAsync(Hang);
        await harness.Clock.WhenArmed(2).WaitAsync(Hang);
        Assert.Equal(0, process.Kills);
        harness.Clock.Advance(RunPipeline.KillGrace);
        var run = await running.WaitAsync(Hang);

        Assert.Equal((RunOutcome.Killed, (int?)137, T0 + (Second * 3) + RunPipeline.KillGrace), (run.Outcome, run.ExitCode, run.Finished));
        Assert.Equal(RunOutcome.Killed, Assert.Single(harness.Runs).Outcome);
        Assert.Single(harness.Launcher.Specs);
        Assert.Contains("|ERROR|JOB FAILED. OUTCOME: KILLED.", harness.LogOf(run)[^2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_timeout_a_run_may_last_for_days()
    {
        var harness = new PipelineHarness(ProcessScript.Hang());
        var running = harness.Start();
        var process = harness.Launcher.Processes[0];

        harness.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal((0, false), (process.Terminations, running.IsCompleted));
        process.Exit(0);
        var run = await running.WaitAsync(Hang);
        Assert.Equal((RunOutcome.Done, T0.AddDays(3)), (run.Outcome, run.Finished));
    }
}
