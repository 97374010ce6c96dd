using System.Text;
using Runner.Core.Runs;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.PipelineHarness;

namespace Runner.Engine.Tests.Runs;

/// <summary>The run's log: the header box, the start record, every output line as it comes with its level, the closing records; [LOG] run_max_size cuts the output with one marker while the job runs on.</summary>
public sealed class RunPipelineLogTests
{
    [Fact]
    public async Task The_log_is_the_header_the_output_as_it_comes_and_the_closing_records()
    {
        var harness = new PipelineHarness(ProcessScript.Hang());
        var running = harness.Start();
        var process = harness.Launcher.Processes[0];
        var path = harness.Logs.Created.Single();
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        process.Say("Wake up, Neo...");
        process.Say("WARNING: disk almost full");
        Assert.Equal("2026-03-01 12:00:01|WARNING|disk almost full", harness.Logs.Lines(path)[^1]);
        process.Say("Traceback (most recent call last):", stdErr: true);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(500));
        process.Exit(2);
        var run = await running.WaitAsync(Hang);

        Assert.Equal(
            [
                Border,
                Blank,
                "*           ID: 7                                                              *",
                "*         NAME: backup                                                         *",
                "*         DESC: copies the database                                            *",
                "*      TRIGGER: 2026-03-01T12:00:00+00:00                                      *",
                "*          RUN: 1                                                              *",
                "*      ATTEMPT: 1 of 1                                                         *",
                "*      COMMAND: /home/backup.sh                                                *",
                "*     HOSTNAME: falcon                                                         *",
                "*         USER: kenobi                                                         *",
                "*       SYSTEM: Debian 13                                                      *",
                "*      RUNTIME: .NET 10.0.0                                                    *",
                "*      CONFIGS: /home/config.ini, /home/jobs/7/config.ini                      *",
                "*      PERSONS: (none)                                                         *",
                Blank,
                Border,
                "2026-03-01 12:00:00|INFO|JOB STARTED.",
                "2026-03-01 12:00:01|INFO|Wake up, Neo...",
                "2026-03-01 12:00:01|WARNING|disk almost full",
                "2026-03-01 12:00:01|ERROR|Traceback (most recent call last):",
                "2026-03-01 12:00:01|ERROR|JOB FAILED. EXIT CODE: 2.",
                "2026-03-01 12:00:01|INFO|TIME SPENT: 1.500 seconds.",
            ],
            harness.LogOf(run));
        Assert.Equal(path, run.LogPath);
    }

    [Fact]
    public async Task A_done_run_closes_with_job_finished()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0, "all good"));

        var run = await harness.RunAsync();

        Assert.Equal(
            ["2026-03-01 12:00:00|INFO|all good", "2026-03-01 12:00:00|INFO|JOB FINISHED.", "2026-03-01 12:00:00|INFO|TIME SPENT: 0.000 seconds."],
            harness.LogOf(run).TakeLast(3));
    }

    [Fact]
    public async Task Past_run_max_size_one_log_cut_line_is_written_the_rest_dropped_and_the_job_runs_on()
    {
        const long Cap = 2000;
        var output = Enumerable.Range(1, 20).Select(i => $"line {i:00} " + new string('x', 92)).ToArray();
        var harness = new PipelineHarness(ProcessScript.Exits(0, output));
        var settings = Resolution.Defaults with { Log = Resolution.Defaults.Log with { RunMaxSize = Cap } };

        var run = await harness.RunAsync(Job(settings));

        var log = harness.LogOf(run);
        var cut = log.ToList().FindIndex(l => l.Contains("|WARNING|LOG CUT:", StringComparison.Ordinal));
        Assert.True(cut > 0, string.Join('\n', log));
        Assert.Equal("2026-03-01 12:00:00|WARNING|LOG CUT: this run's log reached its cap of 2000 bytes ([LOG] run_max_size); later output is not kept.", log[cut]);
        var kept = log.Take(cut).Where(l => l.Contains("|INFO|line ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(kept);
        Assert.Equal(output.Take(kept.Count).Select(l => "2026-03-01 12:00:00|INFO|" + l), kept);
        var bytes = log.Take(cut).Sum(l => Encoding.UTF8.GetByteCount(l) + 1);
        Assert.InRange(bytes, Cap - Encoding.UTF8.GetByteCount(kept[0]), Cap);
        Assert.Equal(["2026-03-01 12:00:00|INFO|JOB FINISHED.", "2026-03-01 12:00:00|INFO|TIME SPENT: 0.000 seconds."], log.Skip(cut + 1));
        Assert.Equal((RunOutcome.Done, 0), (run.Outcome, harness.Launcher.Processes[0].Terminations));
    }

    [Fact]
    public async Task Run_max_size_zero_keeps_everything()
    {
        var output = Enumerable.Range(1, 200).Select(i => $"line {i} " + new string('x', 200)).ToArray();
        var harness = new PipelineHarness(ProcessScript.Exits(0, output));
        var settings = Resolution.Defaults with { Log = Resolution.Defaults.Log with { RunMaxSize = 0 } };

        var run = await harness.RunAsync(Job(settings));

        var log = harness.LogOf(run);
        Assert.Equal(200, log.Count(l => l.Contains("|INFO|line ", StringComparison.Ordinal)));
        Assert.DoesNotContain(log, l => l.Contains("LOG CUT", StringComparison.Ordinal));
    }

    private static string Border => new('*', 80);

    private static string Blank => "*" + new string(' ', 78) + "*";
}
