using System.Text.Json;
using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>run job, run jobs, history and logs against real processes: sh, python3 and a dotnet file-based app.</summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class RunTests(PublishedRunner runner)
{
    [Fact]
    public void Arguments_with_quotes_spaces_and_shell_metacharacters_arrive_intact_and_run_nothing()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"runner-injected-{Guid.NewGuid():N}");
        using var home = Home(("args.sh", "sh", $"'two words' \"it's\" $HOME '*' ; touch {marker} | {{id}} {{name}} {{trigger:yyyyMMdd}} {{{{x}}}}"),
            script: "for a in \"$@\"; do echo \"[$a]\"; done");

        var result = runner.Run(home.Path, null, "run", "job", "0", "2019-01-01/08:00:00", "--yes");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"[two words]\n[it's]\n[$HOME]\n[*]\n[;]\n[touch]\n[{marker}]\n[|]\n[0]\n[args]\n[20190101]\n[{{x}}]\n", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void The_job_gets_the_runner_variables_and_runs_in_its_folder()
    {
        using var home = Home(("vars.sh", "sh", string.Empty), script: "pwd; echo \"$RUNNER_HOME|$RUNNER_JOB_ID|$RUNNER_JOB_NAME|$RUNNER_TRIGGER|$RUNNER_RUN_ID\"; test -f \"$RUNNER_LOG\" && echo log-exists");
        home.Write("config.ini", "[SCHEDULER]\ntimezone = Europe/Berlin\n");

        var result = runner.Run(home.Path, null, "run", "job", "0", "2019-07-01 08:00", "--yes");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{home.File("jobs/0")}\n{home.Path}|0|vars|2019-07-01T08:00:00+02:00|1\nlog-exists\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_python_job_logs_each_line_with_its_level_between_header_and_closing_lines()
    {
        using var home = Home(("py.py", "python", "--day {trigger:yyyy-MM-dd}"), script:
            "import sys\nprint('hello', sys.argv[1:])\nprint('oops', file=sys.stderr)\nprint('WARNING: careful')\nprint('DEBUG: details')\n");

        var result = runner.Run(home.Path, null, "run", "job", "0", "2019-01-01", "--yes");
        var log = runner.Run(home.Path, null, "logs", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("INFO: DONE. (run 1, ", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\*\s+ID: 0\s+\*", log.Output);
        Assert.Matches(@"\*\s+COMMAND: python3 -u \S+/jobs/0/py\.py --day 2019-01-01\s+\*", log.Output);
        Assert.Matches(@"\n\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\|INFO\|JOB STARTED\.\n", log.Output);
        Assert.Matches(@"\|INFO\|hello \['--day', '2019-01-01'\]\n", log.Output);
        Assert.Matches(@"\|ERROR\|oops\n", log.Output);
        Assert.Matches(@"\|WARNING\|careful\n", log.Output);
        Assert.Matches(@"\|DEBUG\|details\n", log.Output);
        Assert.Matches(@"\|INFO\|JOB FINISHED\.\n\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\|INFO\|TIME SPENT: \d+\.\d{3} seconds\.\n$", log.Output);
    }

    [Fact]
    public void A_dotnet_file_based_job_runs()
    {
        using var home = Home(("app.cs", "dotnet", "{id}"), script: "Console.WriteLine($\"csharp says {args[0]} for {Environment.GetEnvironmentVariable(\"RUNNER_TRIGGER\")}\");\n");

        var result = runner.Run(home.Path, null, "run", "job", "0", "2019-01-01T08:00:00Z", "--yes");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("csharp says 0 for 2019-01-01T08:00:00+00:00\n", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exit 0", 0, "DONE", 0)]
    [InlineData("exit 3", 3, "FAILED", 3)]
    [InlineData("exit 137", 137, "FAILED", 137)]
    [InlineData("kill -9 $$", 1, "KILLED", 137)]
    public void Exit_codes_map_to_outcomes_and_runner_exits_with_the_jobs_status(string body, int exit, string status, int recorded)
    {
        using var home = Home(("exit.sh", "sh", string.Empty), script: body);

        var result = runner.Run(home.Path, null, "run", "job", "0", "--yes");
        var history = JsonDocument.Parse(runner.Run(home.Path, null, "history", "--json").Output).RootElement[0];

        Assert.Equal(exit, result.ExitCode);
        Assert.Equal(status, history.GetProperty("status").GetString());
        Assert.Equal(recorded, history.GetProperty("exit_code").GetInt32());
    }

    [Fact]
    public void A_timed_out_job_leaves_no_process_of_its_tree()
    {
        using var home = Home(("forks.sh", "sh", string.Empty), script: "sleep 300 & echo $! > child.pid; (sleep 300 & echo $! > grandchild.pid; wait) & echo started; wait");
        home.Write("jobs/0/config.ini", "[JOB]\ntimeout = 1\n");

        var result = runner.Run(home.Path, null, "run", "job", "0", "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ERROR: TIMEOUT. (run 1, ", result.Errors, StringComparison.Ordinal);
        foreach (var file in new[] { "jobs/0/child.pid", "jobs/0/grandchild.pid" })
        {
            var pid = home.Read(file).Trim();
            Assert.False(IsAlive(pid), $"process {pid} ({file}) outlived the timeout");
        }
    }

    /// <summary>True while the process runs; a zombie (ended, waiting for init to reap it) is not alive.</summary>
    private static bool IsAlive(string pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Sigterm_to_a_foreground_run_ends_the_jobs_tree_and_records_killed()
    {
        using var home = Home(("sleeper.sh", "sh", string.Empty), script: "echo $$ > job.pid; sleep 300");
        var start = new System.Diagnostics.ProcessStartInfo(runner.Executable, ["--home", home.Path, "run", "job", "0", "--yes"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await Poll.UntilAsync(() => File.Exists(home.File("jobs/0/job.pid")) && home.Read("jobs/0/job.pid").Trim().Length > 0, "the job started");

        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "runner did not stop on SIGTERM");
        var history = JsonDocument.Parse(runner.Run(home.Path, null, "history", "--json").Output).RootElement[0];
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("KILLED", await errors, StringComparison.Ordinal);
        Assert.Equal("KILLED", history.GetProperty("status").GetString());
        Assert.False(IsAlive(home.Read("jobs/0/job.pid").Trim()), "the job outlived runner");
        _ = await output;
    }

    [Fact]
    public void A_job_printing_200_MB_and_invalid_utf8_respects_the_log_cap()
    {
        using var home = Home(("flood.py", "python", string.Empty), script:
            "import sys\nsys.stdout.buffer.write(b'bad \\xff\\xfe bytes\\n')\nline = b'x' * 1023 + b'\\n'\nfor _ in range(200 * 1024):\n    sys.stdout.buffer.write(line)\nprint('the end')\n");
        home.Write("config.ini", "[LOG]\nrun_max_size = 1MB\n");

        var result = runner.Run(home.Path, null, "run", "job", "0", "--yes", "--json");
        var logPath = Directory.GetFiles(home.File("jobs/0/logs")).Single();
        var log = File.ReadAllText(logPath);

        Assert.Equal(0, result.ExitCode);
        Assert.InRange(new FileInfo(logPath).Length, 1024 * 1024 - 4096, (1024 * 1024) + 4096);
        Assert.Contains("|INFO|bad \uFFFD\uFFFD bytes\n", log, StringComparison.Ordinal);
        Assert.Contains("LOG CUT: this run's log reached its cap of 1048576 bytes", log, StringComparison.Ordinal);
        Assert.DoesNotContain("the end", log, StringComparison.Ordinal);
        Assert.Contains("|INFO|JOB FINISHED.", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_jobs_with_a_malformed_line_runs_nothing()
    {
        using var home = Home(("ok.sh", "sh", string.Empty), script: "echo ran");
        home.Write("batch.txt", "# backfill\n0 2019-01-01/08:00:00\n\n0 2019-13-01\n7 2019-01-01\n");

        var result = runner.Run(home.Path, null, "run", "jobs", home.File("batch.txt"), "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(":4:", result.Errors, StringComparison.Ordinal);
        Assert.Contains("is not a trigger", result.Errors, StringComparison.Ordinal);
        Assert.Contains(":5:1: no valid job has id 7", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("ran", result.Output, StringComparison.Ordinal);
        Assert.Equal("[]", runner.Run(home.Path, null, "history", "--json").Output.Trim());
    }

    [Fact]
    public void Run_jobs_runs_each_line_in_order_and_exits_1_if_one_failed()
    {
        using var home = Home(("day.sh", "sh", "{trigger:yyyy-MM-dd}"), script: "echo \"day $1\"; [ \"$1\" != 2019-01-02 ]");
        home.Write("batch.txt", "0 2019-01-01/08:00:00\n0 2019-01-02 08:00:00\n0 2019-01-03\n");

        var result = runner.Run(home.Path, null, "run", "jobs", home.File("batch.txt"), "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches("day 2019-01-01\n(.|\n)*day 2019-01-02\n(.|\n)*day 2019-01-03\n", result.Output);
        Assert.EndsWith("INFO: 3 runs: 2 done, 1 failed.\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_concurrent_run_job_processes_both_land_in_history()
    {
        using var home = Home(("quick.sh", "sh", string.Empty), script: "echo hi");

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 5).Select(_ => runner.Run(home.Path, null, "run", "job", "0", "--yes")).ToList())));
        var history = JsonDocument.Parse(runner.Run(home.Path, null, "history", "--last", "100", "--json").Output).RootElement;

        Assert.All(runs.SelectMany(r => r), r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(10, history.GetArrayLength());
        Assert.Equal(10, history.EnumerateArray().Select(r => r.GetProperty("run_id").GetInt64()).Distinct().Count());
    }

    [Fact]
    public void Retries_make_one_run_record_per_attempt()
    {
        using var home = Home(("fail.sh", "sh", string.Empty), script: "echo attempt; exit 5");
        home.Write("jobs/0/config.ini", "[JOB]\nretries = 2\nretry_delay = 0\n");

        var result = runner.Run(home.Path, null, "run", "job", "0", "--yes");
        var history = JsonDocument.Parse(runner.Run(home.Path, null, "history", "0", "--json").Output).RootElement;

        Assert.Equal(5, result.ExitCode);
        Assert.Equal([3, 2, 1], history.EnumerateArray().Select(r => r.GetProperty("attempt").GetInt32()));
        Assert.All(history.EnumerateArray(), r => Assert.Equal("FAILED", r.GetProperty("status").GetString()));
    }

    [Fact]
    public void History_filters_and_retention_keeps_the_newest_runs_and_their_logs()
    {
        using var home = Home(("alt.sh", "sh", string.Empty), script: "[ $(( RUNNER_RUN_ID % 2 )) -eq 0 ]");
        home.Write("config.ini", "[LOG]\nkeep_runs = 3\n");

        for (var i = 0; i < 5; i++)
        {
            runner.Run(home.Path, null, "run", "job", "0", "--yes");
        }

        var all = JsonDocument.Parse(runner.Run(home.Path, null, "history", "--json").Output).RootElement;
        var failed = JsonDocument.Parse(runner.Run(home.Path, null, "history", "0", "--status", "failed", "--json").Output).RootElement;
        var badStatus = runner.Run(home.Path, null, "history", "--status", "GREAT");

        Assert.Equal([5L, 4L, 3L], all.EnumerateArray().Select(r => r.GetProperty("run_id").GetInt64()));
        Assert.Equal([5L, 3L], failed.EnumerateArray().Select(r => r.GetProperty("run_id").GetInt64()));
        Assert.Equal(3, Directory.GetFiles(home.File("jobs/0/logs")).Length);
        Assert.Equal(2, badStatus.ExitCode);
    }

    [Fact]
    public async Task Logs_follow_prints_a_running_jobs_lines_until_it_ends()
    {
        using var home = Home(("slow.sh", "sh", string.Empty), script: "for i in 1 2 3; do echo \"tick $i\"; sleep 0.5; done");

        var run = Task.Run(() => runner.Run(home.Path, null, "run", "job", "0", "--yes"));
        await Poll.UntilAsync(() => Directory.Exists(home.File("jobs/0/logs")) && Directory.GetFiles(home.File("jobs/0/logs")).Length > 0, "the run's log created");
        var follow = runner.Run(home.Path, null, "logs", "0", "--follow");
        await run;

        Assert.Contains("|INFO|tick 1\n", follow.Output, StringComparison.Ordinal);
        Assert.Contains("|INFO|tick 3\n", follow.Output, StringComparison.Ordinal);
        Assert.Contains("|INFO|JOB FINISHED.\n", follow.Output, StringComparison.Ordinal);
    }

    private TempHome Home((string File, string Environment, string Parameters) job, string script)
    {
        var home = new TempHome();
        runner.Run(home.Path, null, "create", "scheduler", "--yes");
        Directory.CreateDirectory(home.File("jobs/0"));
        home.Write($"jobs/0/{job.File}", job.Environment == "sh" ? $"#!/bin/sh\n{script}\n" : script);
        home.Write("schedule.tsv", TempHome.ScheduleHeader + $"0\t{Path.GetFileNameWithoutExtension(job.File)}\ttest\t{job.Environment}\tjobs/0/{job.File}\t*\t*\t8\t0\t0\t{job.Parameters}\tY\n");
        return home;
    }
}
