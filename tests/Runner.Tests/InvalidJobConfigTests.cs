using System.Text.Json;
using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>
/// One behaviour for a job whose config.ini is invalid, everywhere: not planned and not run,
/// reported with file, line and column by check schedule, status scheduler and the scheduler's
/// log, the rest of the schedule running on; fixed, the job is planned again.
/// </summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class InvalidJobConfigTests(PublishedRunner runner)
{
    private const string Error = "jobs/1/config.ini:2:11: [JOB] timeout = 'abc' is not a number of seconds";

    [Fact]
    public void A_job_with_an_invalid_config_is_not_planned_nor_run_while_the_others_run_and_is_planned_again_when_fixed()
    {
        using var home = Home();
        home.Write("jobs/1/config.ini", "[JOB]\ntimeout = abc\n");

        var check = runner.Run(home.Path, null, "check", "schedule");
        var run = runner.Run(home.Path, null, "run", "job", "1", "--yes");
        Assert.Equal(3, check.ExitCode);
        Assert.Contains(Error, check.Output, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains(Error, run.Errors, StringComparison.Ordinal);
        Assert.Contains("was not run: its configuration is invalid", run.Errors, StringComparison.Ordinal);
        Assert.Empty(Runs(home));

        using (var scheduler = new SchedulerProcess(runner, home.Path, new Dictionary<string, string> { ["RUNNER_SCHEDULER_STOP_GRACE"] = "2" }))
        {
            Poll.Until(() => Witness(home, "good").Length >= 3, "the valid job fires");
            var log = home.Read("logs/scheduler.log");
            Assert.Contains("|ERROR|job bad (#1): NOT planned and not run until its configuration is fixed: 1 errors", log, StringComparison.Ordinal);
            Assert.Contains("|ERROR|" + Error, log, StringComparison.Ordinal);
            var status = JsonDocument.Parse(runner.Run(home.Path, null, "status", "scheduler", "--json").Output).RootElement;
            Assert.Contains(status.GetProperty("errors").EnumerateArray(), e => e.GetString()!.StartsWith(Error, StringComparison.Ordinal));
            Assert.Empty(Witness(home, "bad"));
            Assert.DoesNotContain(Runs(home), r => r.GetProperty("job_id").GetInt32() == 1);

            home.Write("jobs/1/config.ini", "[JOB]\ntimeout = 30\n");
            Poll.Until(() => Witness(home, "bad").Length >= 2, "the fixed job fires");
            Assert.Contains("|INFO|job bad (#1): its configuration is valid again; planned from its next fire", home.Read("logs/scheduler.log"), StringComparison.Ordinal);
            Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);
            Assert.Equal(0, scheduler.WaitForExit(TimeSpan.FromSeconds(15)));
        }

        Assert.Equal(0, runner.Run(home.Path, null, "check", "schedule").ExitCode);
        Assert.Single(home.Read("logs/scheduler.log").Split('\n'), l => l.Contains("NOT planned", StringComparison.Ordinal));
    }

    private static string[] Witness(TempHome home, string name) =>
        File.Exists(home.File(name)) ? File.ReadAllLines(home.File(name)).Where(l => l.Length > 0).ToArray() : [];

    private List<JsonElement> Runs(TempHome home) =>
        [.. JsonDocument.Parse(runner.Run(home.Path, null, "history", "--last", "1000", "--json").Output).RootElement.EnumerateArray()];

    /// <summary>Two jobs firing every second, each writing its trigger to a witness file named after it.</summary>
    private TempHome Home()
    {
        var home = new TempHome();
        runner.Run(home.Path, null, "create", "scheduler", "--yes");
        foreach (var (id, name) in new[] { (0, "good"), (1, "bad") })
        {
            Directory.CreateDirectory(home.File($"jobs/{id}"));
            home.Write($"jobs/{id}/job.sh", $"#!/bin/sh\necho \"$RUNNER_TRIGGER\" >> ../../{name}\n");
        }

        home.Write("schedule.tsv", TempHome.ScheduleHeader + "0\tgood\tt\tsh\tjobs/0/job.sh\t*\t*\t*\t*\t*\t\tY\n1\tbad\tt\tsh\tjobs/1/job.sh\t*\t*\t*\t*\t*\t\tY\n");
        return home;
    }
}
