using System.Globalization;
using System.Text.Json;
using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>
/// A fire's ledger claim and its run record are one transaction: the scheduler is killed
/// (kill -9) at each side of it, held there by the test hook <c>RUNNER_TEST_PAUSE_AT</c>, and the
/// next start shows that no fire was lost silently and none ran twice.
/// </summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class ExactlyOnceTests(PublishedRunner runner)
{
    private static readonly Dictionary<string, string> Plain = new() { ["RUNNER_SCHEDULER_STOP_GRACE"] = "2" };

    [Fact]
    public void Killed_just_after_the_claim_the_fire_is_recorded_lost_at_the_next_start_and_never_runs()
    {
        using var home = Home();
        DateTimeOffset fire;
        using (var paused = new SchedulerProcess(runner, home.Path, Pause("after-claim")))
        {
            fire = PausedAt(home, "after-claim");
            var claimed = Runs(home).Single(r => Trigger(r) == fire);
            Assert.Equal("RUNNING", claimed.GetProperty("status").GetString());
            paused.Crash();
        }

        using (var second = new SchedulerProcess(runner, home.Path, Plain))
        {
            Poll.Until(() => Runs(home).Any(r => Trigger(r) == fire && r.GetProperty("status").GetString() == "LOST"), "the claimed fire recorded LOST");
            Poll.Until(() => Witness(home).Count(t => t > fire) >= 2, "the later fires run");
            Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);
            Assert.Equal(0, second.WaitForExit(TimeSpan.FromSeconds(15)));
        }

        var runs = Runs(home);
        var lost = Assert.Single(runs, r => Trigger(r) == fire);
        Assert.EndsWith(":" + home.Path, lost.GetProperty("node").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(fire, Witness(home));
        Assert.Equal(runs.Count, runs.Select(Trigger).Distinct().Count());
        Assert.Equal(Witness(home).Count, Witness(home).Distinct().Count());
        Assert.DoesNotContain(runs, r => r.GetProperty("status").GetString() == "RUNNING");
    }

    [Fact]
    public void Killed_just_before_the_claim_the_fire_is_still_due_and_runs_once_at_the_next_start()
    {
        using var home = Home();
        using (var first = new SchedulerProcess(runner, home.Path, Plain))
        {
            Poll.Until(() => Witness(home).Count >= 2, "two fires in the ledger");
            Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);
            Assert.Equal(0, first.WaitForExit(TimeSpan.FromSeconds(15)));
        }

        DateTimeOffset fire;
        using (var paused = new SchedulerProcess(runner, home.Path, Pause("before-claim")))
        {
            fire = PausedAt(home, "before-claim");
            Assert.DoesNotContain(Runs(home), r => Trigger(r) == fire);
            paused.Crash();
        }

        using (var second = new SchedulerProcess(runner, home.Path, Plain))
        {
            Poll.Until(() => Witness(home).Contains(fire), "the unclaimed fire runs after the restart");
            Poll.Until(() => Runs(home).Any(r => Trigger(r) == fire && r.GetProperty("status").GetString() == "DONE"), "its run recorded DONE");
            Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);
            Assert.Equal(0, second.WaitForExit(TimeSpan.FromSeconds(15)));
        }

        Assert.Single(Runs(home), r => Trigger(r) == fire);
        Assert.Single(Witness(home), t => t == fire);
        Assert.Equal(Witness(home).Count, Witness(home).Distinct().Count());
    }

    private static Dictionary<string, string> Pause(string at) => new(Plain) { ["RUNNER_TEST_PAUSE_AT"] = at };

    /// <summary>Waits for the hook's file and returns the (one) fire the scheduler stopped at.</summary>
    private static DateTimeOffset PausedAt(TempHome home, string checkpoint)
    {
        var marker = home.File($"logs/paused-at-{checkpoint}");
        Poll.Until(() => File.Exists(marker), $"the scheduler held at {checkpoint}");
        var line = Assert.Single(File.ReadAllLines(marker), l => l.Length > 0);
        return DateTimeOffset.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset Trigger(JsonElement run) => DateTimeOffset.Parse(run.GetProperty("trigger").GetString()!, CultureInfo.InvariantCulture);

    private static List<DateTimeOffset> Witness(TempHome home) =>
        File.Exists(home.File("witness"))
            ? [.. File.ReadAllLines(home.File("witness")).Where(l => l.Length > 0).Select(l => DateTimeOffset.Parse(l, CultureInfo.InvariantCulture))]
            : [];

    private List<JsonElement> Runs(TempHome home) =>
        [.. JsonDocument.Parse(runner.Run(home.Path, null, "history", "--last", "1000", "--json").Output).RootElement.EnumerateArray()];

    /// <summary>A home with one job firing every second that writes its trigger to <c>witness</c>.</summary>
    private TempHome Home()
    {
        var home = new TempHome();
        runner.Run(home.Path, null, "create", "scheduler", "--yes");
        Directory.CreateDirectory(home.File("jobs/0"));
        home.Write("jobs/0/job.sh", "#!/bin/sh\necho \"$RUNNER_TRIGGER\" >> ../../witness\n");
        home.Write("schedule.tsv", TempHome.ScheduleHeader + "0\ttick\tt\tsh\tjobs/0/job.sh\t*\t*\t*\t*\t*\t\tY\n");
        return home;
    }
}
