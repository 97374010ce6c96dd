using Runner.Core.Runs;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.PipelineHarness;

namespace Runner.Engine.Tests.Runs;

/// <summary>[JOB] retries and retry_delay: FAILED and TIMEOUT retried after the delay on the fake clock, each attempt a record and log of its own; never after success, never on stop.</summary>
public sealed class RunPipelineRetryTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Each_attempt_is_its_own_run_for_the_same_trigger_started_retry_delay_after_the_previous_ended()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(1));
        var running = harness.Start(Job(Policy(retries: 2, retryDelay: Delay)));

        await harness.Clock.WhenArmed(1).WaitAsync(Hang);
        harness.Clock.Advance(Delay - TimeSpan.FromSeconds(1));
        Assert.Single(harness.Launcher.Specs);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.Clock.WhenArmed(2).WaitAsync(Hang);
        Assert.Equal(2, harness.Launcher.Specs.Count);
        harness.Clock.Advance(Delay);
        var last = await running.WaitAsync(Hang);

        var runs = harness.Runs;
        Assert.Equal([1, 2, 3], runs.Select(r => r.Attempt));
        Assert.Equal([1L, 2L, 3L], runs.Select(r => r.RunId));
        Assert.All(runs, r => Assert.Equal((RunOutcome.Failed, (int?)1, T0), (r.Outcome, r.ExitCode, r.Trigger)));
        Assert.Equal([T0, T0 + Delay, T0 + Delay + Delay], runs.Select(r => r.Started));
        Assert.Equal((3L, 3), (last.RunId, last.Attempt));
        Assert.Equal(runs.Select(r => r.LogPath), harness.Logs.Created);
        Assert.Equal("2 of 3", harness.Fact(runs[1], "ATTEMPT"));
    }

    [Fact]
    public async Task A_success_ends_the_retries()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(4), ProcessScript.Exits(0));
        var running = harness.Start(Job(Policy(retries: 5, retryDelay: Delay)));

        await harness.Clock.WhenArmed(1).WaitAsync(Hang);
        harness.Clock.Advance(Delay);
        var last = await running.WaitAsync(Hang);

        Assert.Equal((RunOutcome.Done, 2), (last.Outcome, last.Attempt));
        Assert.Equal([RunOutcome.Failed, RunOutcome.Done], harness.Runs.Select(r => r.Outcome));
        Assert.Equal(1, harness.Clock.Armed);
    }

    [Fact]
    public async Task A_first_success_is_never_retried()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));

        await harness.RunAsync(Job(Policy(retries: 3, retryDelay: Delay)));

        Assert.Single(harness.Runs);
        Assert.Equal(0, harness.Clock.Armed);
    }

    [Fact]
    public async Task Without_retries_a_failure_is_the_last_attempt()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(1));

        var run = await harness.RunAsync();

        Assert.Equal((RunOutcome.Failed, 1), (run.Outcome, run.Attempt));
        Assert.Single(harness.Runs);
        Assert.Equal("1 of 1", harness.Fact(run, "ATTEMPT"));
    }

    [Fact]
    public async Task A_timeout_is_retried()
    {
        var timeout = TimeSpan.FromSeconds(10);
        var harness = new PipelineHarness(ProcessScript.Hang(exitsOnTerm: true), ProcessScript.Exits(0));
        var running = harness.Start(Job(Policy(retries: 1, retryDelay: Delay, timeout: timeout)));

        await harness.Clock.WhenArmed(1).WaitAsync(Hang);
        harness.Clock.Advance(timeout);
        // Armed after the timeout: the kill grace, then the retry delay.
        await harness.Clock.WhenArmed(3).WaitAsync(Hang);
        harness.Clock.Advance(Delay);
        var last = await running.WaitAsync(Hang);

        Assert.Equal([RunOutcome.Timeout, RunOutcome.Done], harness.Runs.Select(r => r.Outcome));
        Assert.Equal(T0 + timeout + Delay, last.Started);
    }

    [Fact]
    public async Task A_stop_during_the_retry_delay_returns_the_last_attempt_and_starts_no_more()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(1));
        using var stop = new CancellationTokenSource();
        var running = harness.Start(Job(Policy(retries: 3, retryDelay: Delay)), stop: stop.Token);

        await harness.Clock.WhenArmed(1).WaitAsync(Hang);
        await stop.CancelAsync();
        var last = await running.WaitAsync(Hang);
        harness.Clock.Advance(Delay * 10);

        Assert.Equal((RunOutcome.Failed, 1), (last.Outcome, last.Attempt));
        Assert.Single(harness.Runs);
        Assert.Single(harness.Launcher.Specs);
    }
}
