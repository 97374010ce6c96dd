using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>start, stop and status scheduler against the published executable and real jobs; every wait polls a condition.</summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class SchedulerTests(PublishedRunner runner)
{
    private static readonly Dictionary<string, string> Environment = new() { ["RUNNER_SCHEDULER_STOP_GRACE"] = "2" };

    [Fact]
    public void A_per_second_job_fires_every_second_once_and_only_one_scheduler_runs_per_home()
    {
        using var home = Home(("tick", "echo \"$RUNNER_TRIGGER\" >> ../../witness"));
        using var scheduler = new SchedulerProcess(runner, home.Path, Environment);

        Eventually(() => Lines(home, "witness").Length >= 6, "six fires");
        var status = JsonDocument.Parse(runner.Run(home.Path, null, "status", "scheduler", "--json").Output).RootElement;
        var second = runner.Run(home.Path, null, "start", "scheduler");
        var stop = runner.Run(home.Path, null, "stop", "scheduler");
        var after = JsonDocument.Parse(runner.Run(home.Path, null, "status", "scheduler", "--json").Output).RootElement;

        Assert.True(status.GetProperty("running").GetBoolean());
        Assert.Equal(scheduler.Id, status.GetProperty("pid").GetInt32());
        Assert.Equal(1, status.GetProperty("jobs").GetInt32());
        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"a scheduler already runs in {home.Path} (pid {scheduler.Id})", second.Errors, StringComparison.Ordinal);
        Assert.Equal(0, stop.ExitCode);
        Assert.Contains($"INFO: Scheduler (pid {scheduler.Id}) stopped.", stop.Output, StringComparison.Ordinal);
        Assert.Equal(0, scheduler.WaitForExit(TimeSpan.FromSeconds(10)));
        Assert.False(after.GetProperty("running").GetBoolean());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("pid").ValueKind);
        AssertConsecutiveSeconds(Lines(home, "witness"));
    }

    [Fact]
    public void Sigterm_stops_gracefully_within_stop_grace_and_records_the_running_job_killed()
    {
        using var home = Home(("sleeper", "echo started >> ../../witness; exec sleep 60"));
        using var scheduler = new SchedulerProcess(runner, home.Path, Environment);
        Eventually(() => File.Exists(home.File("witness")), "the job started");

        var clock = Stopwatch.StartNew();
        scheduler.Terminate();
        var exit = scheduler.WaitForExit(TimeSpan.FromSeconds(15));

        Assert.Equal(0, exit);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2 + 6), $"stopped after {clock.Elapsed}");
        var statuses = Statuses(home);
        Assert.Contains("KILLED", statuses);
        Assert.DoesNotContain("RUNNING", statuses);
    }

    [Fact]
    public void After_kill_9_the_next_start_records_the_lost_runs_and_kills_their_processes()
    {
        const int Jobs = 20;
        using var home = Home(("sleeper", "echo \"$RUNNER_JOB_ID $RUNNER_TRIGGER\" >> ../../witness; echo $$ >> ../../pids; exec sleep 60"));
        for (var id = 1; id < Jobs; id++)
        {
            Directory.CreateDirectory(home.File($"jobs/{id}"));
            File.Copy(home.File("jobs/0/job.sh"), home.File($"jobs/{id}/job.sh"));
        }

        home.Write("schedule.tsv", TempHome.ScheduleHeader + string.Concat(Enumerable.Range(0, Jobs).Select(id => Row(id, $"sleeper{id}"))));
        var first = new SchedulerProcess(runner, home.Path, Environment);
        Eventually(() => Lines(home, "pids").Length >= Jobs, "all 20 jobs started");
        first.Crash();
        first.Dispose();
        var orphans = Lines(home, "pids").Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(orphans, orphan => Directory.Exists($"/proc/{orphan}"));

        using (var second = new SchedulerProcess(runner, home.Path, Environment))
        {
            Eventually(() => Statuses(home).Count(s => s == "LOST") >= orphans.Count, "every run recorded LOST");
            Eventually(() => orphans.All(orphan => !Directory.Exists($"/proc/{orphan}") || File.ReadAllText($"/proc/{orphan}/stat").Contains(" Z ", StringComparison.Ordinal)), "every orphan killed");
            Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);
            Assert.Equal(0, second.WaitForExit(TimeSpan.FromSeconds(15)));
        }

        Assert.DoesNotContain("RUNNING", Statuses(home));
        var triggers = Lines(home, "witness");
        Assert.Equal(triggers.Length, triggers.Distinct().Count());
        var lost = JsonDocument.Parse(runner.Run(home.Path, null, "history", "--status", "LOST", "--json").Output).RootElement[0];
        Assert.Equal("the scheduler stopped before the run's end could be observed", lost.GetProperty("message").GetString());
    }

    [Fact]
    public void Jobs_added_changed_removed_and_broken_while_running_follow_the_file_and_a_broken_edit_keeps_the_schedule()
    {
        using var home = Home(("first", "echo \"$RUNNER_TRIGGER\" >> ../../witness0"));
        using var scheduler = new SchedulerProcess(runner, home.Path, Environment);
        Eventually(() => Lines(home, "witness0").Length >= 1, "the first job fired");

        Directory.CreateDirectory(home.File("jobs/1"));
        home.Write("jobs/1/job.sh", "#!/bin/sh\necho \"$RUNNER_TRIGGER\" >> ../../witness1\n");
        WriteAtomically(home, TempHome.ScheduleHeader + Row(0, "first") + Row(1, "second"));
        Eventually(() => Lines(home, "witness1").Length >= 1, "the added job fired");

        WriteAtomically(home, TempHome.ScheduleHeader + Row(0, "first") + "1\tsecond\tt\tsh\tjobs/1/job.sh\t*\t*\t*\t*\t61\t\tY\n");
        Eventually(() => File.ReadAllText(home.File("logs/scheduler.log")).Contains("|ERROR|schedule.tsv:3:", StringComparison.Ordinal), "the error logged with its line");
        var before = (Lines(home, "witness0").Length, Lines(home, "witness1").Length);
        Eventually(() => Lines(home, "witness0").Length >= before.Item1 + 2 && Lines(home, "witness1").Length >= before.Item2 + 2, "both jobs still fire");

        AssertConsecutiveSeconds(Lines(home, "witness1"));

        // Changed (job 0 every other second) and removed (job 1): applied together, nothing else disturbed.
        WriteAtomically(home, TempHome.ScheduleHeader + Row(0, "first").Replace("\t*\t\tY", "\t*/2\t\tY", StringComparison.Ordinal));
        Eventually(() => File.ReadAllText(home.File("logs/scheduler.log")).Split('\n').Count(l => l.Contains("|schedule reloaded:", StringComparison.Ordinal)) >= 2, "the change applied");
        var removedAt = Lines(home, "witness1").Length;
        var changedAt = Lines(home, "witness0").Length;
        Eventually(() => Lines(home, "witness0").Length >= changedAt + 3, "the changed job keeps firing");
        Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);

        Assert.InRange(Lines(home, "witness1").Length, removedAt, removedAt + 1);
        var everyOther = Lines(home, "witness0").Skip(changedAt + 1).Select(t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture).Second).ToList();
        Assert.All(everyOther, second => Assert.Equal(0, second % 2));
    }

    [Fact]
    public void Overlap_skip_never_runs_a_job_twice_at_once_and_records_the_skipped_fires()
    {
        using var home = Home(("slow", "echo start >> ../../markers; sleep 3; echo end >> ../../markers"));
        using var scheduler = new SchedulerProcess(runner, home.Path, Environment);

        Eventually(() => Lines(home, "markers").Count(l => l == "end") >= 2, "two runs ended");
        Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);

        var markers = Lines(home, "markers");
        for (var i = 0; i < markers.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? "start" : "end", markers[i]);
        }

        Assert.Contains("SKIPPED", Statuses(home));
        Assert.Contains("SKIPPED: the previous run is still running", File.ReadAllText(home.File("logs/scheduler.log")), StringComparison.Ordinal);
    }

    [Fact]
    public void Detach_starts_the_scheduler_in_the_background_and_stop_ends_it()
    {
        using var home = Home(("tick", "echo \"$RUNNER_TRIGGER\" >> ../../witness"));

        var start = runner.Run(home.Path, null, Environment, "start", "scheduler", "--detach");
        var pid = int.Parse(File.ReadAllLines(home.File("logs/scheduler.pid"))[0], CultureInfo.InvariantCulture);
        Eventually(() => Lines(home, "witness").Length >= 1, "a fire of the detached scheduler");
        var status = runner.Run(home.Path, null, "status", "scheduler");
        var stop = runner.Run(home.Path, null, "stop", "scheduler");
        var again = runner.Run(home.Path, null, "stop", "scheduler");

        Assert.Equal(0, start.ExitCode);
        Assert.Contains($"INFO: Scheduler started in the background (pid {pid})", start.Output, StringComparison.Ordinal);
        Assert.Contains($"Scheduler: running (pid {pid}, since ", status.Output, StringComparison.Ordinal);
        Assert.Contains("Active jobs: 1.", status.Output, StringComparison.Ordinal);
        Assert.Equal(0, stop.ExitCode);
        Assert.Contains($"INFO: Scheduler (pid {pid}) stopped.", stop.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(home.File("logs/scheduler.pid")));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("INFO: No scheduler runs in ", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_detached_scheduler_is_a_daemon_in_its_own_session_writing_to_scheduler_out()
    {
        using var home = Home(("tick", $"echo \"$RUNNER_TRIGGER\" >> ../../witness; echo \"${{{Daemon}:-unset}}\" > ../../variable"));
        var console = new Dictionary<string, string>(Environment) { ["RUNNER_LOG_CONSOLE"] = "True" };

        // The starter's output is read through pipes that close when it exits; the daemon must not hold them.
        var start = runner.Run(home.Path, null, console, "start", "scheduler", "--detach");
        var pid = int.Parse(File.ReadAllLines(home.File("logs/scheduler.pid"))[0], CultureInfo.InvariantCulture);
        try
        {
            var fires = Lines(home, "witness").Length;
            Eventually(() => Lines(home, "witness").Length >= fires + 2, "fires after the starter exited");
            Eventually(() => File.ReadAllText(home.File("logs/scheduler.out")).Contains(": fired ", StringComparison.Ordinal), "the console log in scheduler.out");

            Assert.Equal(0, start.ExitCode);
            Assert.Equal(pid, SessionId(pid));
            Assert.NotEqual(SessionId(System.Environment.ProcessId), SessionId(pid));
            Assert.Equal("/dev/null", Descriptor(pid, 0));
            Assert.Equal(home.File("logs/scheduler.out"), Descriptor(pid, 1));
            Assert.Equal(home.File("logs/scheduler.out"), Descriptor(pid, 2));
            Assert.Equal(["unset"], Lines(home, "variable"));
        }
        finally
        {
            Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);
        }

        Assert.Contains("scheduler stopped", File.ReadAllText(home.File("logs/scheduler.out")), StringComparison.Ordinal);
    }

    [Fact]
    public void Service_is_refused_outside_windows_and_with_detach()
    {
        using var home = Home(("tick", "true"));

        var service = runner.Run(home.Path, null, "start", "scheduler", "--service");
        var both = runner.Run(home.Path, null, "start", "scheduler", "--service", "--detach");

        Assert.Equal(2, service.ExitCode);
        Assert.Contains("ERROR: --service is for the Windows service manager; on Linux run the scheduler under systemd", service.Errors, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("ERROR: --service and --detach exclude each other", both.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(home.File("logs/scheduler.pid")));
    }

    private const string Daemon = "RUNNER_DAEMON";

    /// <summary>Field 6 of /proc/PID/stat, after the parenthesised command name.</summary>
    private static int SessionId(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[3], CultureInfo.InvariantCulture);
    }

    private static string Descriptor(int pid, int fd) => new FileInfo($"/proc/{pid}/fd/{fd}").LinkTarget ?? "";

    private static void AssertConsecutiveSeconds(string[] triggers)
    {
        var instants = triggers.Select(t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture)).ToList();
        Assert.True(instants.Count >= 2, string.Join('\n', triggers));
        for (var i = 1; i < instants.Count; i++)
        {
            Assert.True(instants[i] - instants[i - 1] == TimeSpan.FromSeconds(1), string.Join('\n', triggers));
        }
    }

    private static void Eventually(Func<bool> condition, string what) => Poll.Until(condition, what);

    private static string[] Lines(TempHome home, string file) =>
        File.Exists(home.File(file)) ? File.ReadAllLines(home.File(file)).Where(l => l.Length > 0).ToArray() : [];

    /// <summary>Replaces schedule.tsv in one step, as an editor or <c>runner edit schedule</c> does.</summary>
    private static void WriteAtomically(TempHome home, string text)
    {
        home.Write("schedule.tsv.tmp", text);
        File.Move(home.File("schedule.tsv.tmp"), home.File("schedule.tsv"), overwrite: true);
    }

    private static string Row(int id, string name) => $"{id}\t{name}\tt\tsh\tjobs/{id}/job.sh\t*\t*\t*\t*\t*\t\tY\n";

    private List<string> Statuses(TempHome home) =>
        [.. JsonDocument.Parse(runner.Run(home.Path, null, "history", "--last", "1000", "--json").Output).RootElement.EnumerateArray().Select(r => r.GetProperty("status").GetString()!)];

    private TempHome Home((string Name, string Script) job)
    {
        var home = new TempHome();
        runner.Run(home.Path, null, "create", "scheduler", "--yes");
        Directory.CreateDirectory(home.File("jobs/0"));
        home.Write("jobs/0/job.sh", $"#!/bin/sh\n{job.Script}\n");
        home.Write("schedule.tsv", TempHome.ScheduleHeader + Row(0, job.Name));
        return home;
    }
}
