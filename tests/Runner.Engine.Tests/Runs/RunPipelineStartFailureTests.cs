using Runner.Core.Diagnostics;
using Runner.Core.Runs;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.PipelineHarness;

namespace Runner.Engine.Tests.Runs;

/// <summary>Runs whose program never starts: a start failure and an undefined environment are FAILED records with the reason; a job with an invalid configuration is not run at all.</summary>
public sealed class RunPipelineStartFailureTests
{
    private const string NotFound = "cannot start 'backup.sh': No such file or directory";

    [Fact]
    public async Task A_start_failure_is_recorded_failed_with_the_launchers_message()
    {
        var harness = new PipelineHarness(ProcessScript.CannotStart(NotFound));
        IReadOnlyList<RunRecord> atStart = [];
        harness.Launcher.OnStart = _ => atStart = harness.Store.Unfinished();

        var run = await harness.RunAsync();

        Assert.Single(atStart);
        var stored = harness.Store.Find(run.RunId)!;
        Assert.Equal((RunOutcome.Failed, (int?)null, (int?)null, NotFound), (stored.Outcome, stored.ExitCode, stored.Pid, stored.Message));
        Assert.Equal(run.LogPath, stored.LogPath);
        var log = harness.LogOf(run);
        Assert.Equal(["2026-03-01 12:00:00|ERROR|" + NotFound, "2026-03-01 12:00:00|ERROR|JOB FAILED.", "2026-03-01 12:00:00|INFO|TIME SPENT: 0.000 seconds."], log.TakeLast(3));
    }

    [Fact]
    public async Task A_start_failure_is_retried_like_any_failure()
    {
        var harness = new PipelineHarness(ProcessScript.CannotStart(NotFound), ProcessScript.Exits(0));
        var running = harness.Start(Job(Policy(retries: 1, retryDelay: TimeSpan.FromSeconds(1))));

        await harness.Clock.WhenArmed(1).WaitAsync(Hang);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await running.WaitAsync(Hang);

        Assert.Equal([RunOutcome.Failed, RunOutcome.Done], harness.Runs.Select(r => r.Outcome));
    }

    [Fact]
    public async Task An_undefined_environment_is_failed_with_a_message_naming_the_environment_section()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));
        var job = Job(environmentCommand: null, row: Row(environment: "python"));

        var run = await harness.RunAsync(job);

        var stored = harness.Store.Find(run.RunId)!;
        Assert.Equal((RunOutcome.Failed, (int?)null), (stored.Outcome, stored.ExitCode));
        Assert.Contains("[ENVIRONMENT]", stored.Message, StringComparison.Ordinal);
        Assert.Contains("'python'", stored.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Launcher.Specs);
        var log = harness.LogOf(run);
        Assert.Equal("(not built)", harness.Fact(run, "COMMAND"));
        Assert.Contains("2026-03-01 12:00:00|ERROR|" + stored.Message, log);
        Assert.Contains("2026-03-01 12:00:00|ERROR|JOB FAILED.", log);
    }

    [Fact]
    public async Task A_command_line_that_cannot_be_built_is_failed_with_its_errors_in_the_log_and_the_record()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));
        var job = Job(environmentCommand: "'/opt/my venv/bin/python -u", row: Row(environment: "python"));

        var run = await harness.RunAsync(job);

        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Empty(harness.Launcher.Specs);
        Assert.Contains(harness.LogOf(run), l => l.Contains("|ERROR|", StringComparison.Ordinal) && l.Contains("never closed", StringComparison.Ordinal));
        Assert.Contains("never closed", harness.Store.Find(run.RunId)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_with_an_invalid_configuration_throws_and_records_nothing()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));
        var invalid = new ResolvedJob(Row(), null, string.Empty, TimeZoneInfo.Utc, [new Diagnostic("jobs/7/config.ini", 2, 11, "[JOB] timeout = 'soon' is not a number of seconds")], string.Empty);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RunAsync(invalid));

        Assert.Contains("timeout = 'soon'", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Store.History(new()));
        Assert.Empty(harness.Logs.Created);
        Assert.Empty(harness.Launcher.Specs);
    }
}
