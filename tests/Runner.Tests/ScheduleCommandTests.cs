using System.Text.Json;
using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>list, next, check, enable, disable, delete on a hand-edited schedule: comments, column order and unknown columns survive.</summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class ScheduleCommandTests(PublishedRunner runner)
{
    /// <summary>Columns reordered, an unknown OWNER column, a comment, CRLF line ends, a lower-case status.</summary>
    private const string HandEdited =
        "# nightly jobs, edited by hand\r\n"
        + "ID\tSTATUS\tNAME\tOWNER\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\r\n"
        + "0\ty\ttest\tana\tTest Job\tpython\tjobs/0/script.py\t*\t*\t8\t0\t0\t\r\n"
        + "# the report runs on weekdays\r\n"
        + "3\tN\treport\tbob\tDaily report\tbash\treport.sh\t1,15\tmon-fri\t/6\t30\t0\t--day {trigger:yyyyMMdd}\r\n";

    [Fact]
    public void List_jobs_shows_every_job_with_its_next_fire()
    {
        using var home = Home();

        var all = runner.Run(home.Path, null, "list", "jobs", "--from", "2024-01-01T00:00:00Z");
        var active = runner.Run(home.Path, null, "list", "jobs", "active", "--from", "2024-01-01T00:00:00Z");
        var inactive = runner.Run(home.Path, null, "list", "jobs", "INACTIVE");

        Assert.Equal(0, all.ExitCode);
        Assert.Equal(Expected.Read("list-jobs.txt"), all.Output);
        Assert.Contains("|0  |test ", active.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("report", active.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("|test", inactive.Output, StringComparison.Ordinal);
        Assert.Contains("|3  |report ", inactive.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_jobs_with_a_bad_filter_is_a_usage_error()
    {
        using var home = Home();

        var result = runner.Run(home.Path, null, "list", "jobs", "sleeping");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("ERROR: 'sleeping' is not a filter; write `runner list jobs`, `runner list jobs active` or `runner list jobs inactive`\n", result.Errors);
    }

    [Fact]
    public void Next_prints_iso_times_with_offsets_in_the_schedule_zone()
    {
        using var home = Home();
        home.Write("config.ini", "[SCHEDULER]\ntimezone = America/New_York\n");

        var result = runner.Run(home.Path, null, "next", "0", "--count", "3", "--from", "2016-11-05T12:00:00");
        var json = runner.Run(home.Path, null, "next", "3", "-n", "2", "--from", "2024-01-01", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2016-11-06T08:00:00-05:00\n2016-11-07T08:00:00-05:00\n2016-11-08T08:00:00-05:00\n", result.Output);
        Assert.Equal(["2024-01-01T00:30:00-05:00", "2024-01-01T06:30:00-05:00"], JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData(new[] { "next", "9" }, 4, "ERROR: no job has id 9 in schedule.tsv; `runner list jobs` shows the ids\n")]
    [InlineData(new[] { "enable", "job", "9" }, 4, "ERROR: no job has id 9 in schedule.tsv; `runner list jobs` shows the ids\n")]
    [InlineData(new[] { "delete", "job", "9", "--yes" }, 4, "ERROR: no job has id 9 in schedule.tsv; `runner list jobs` shows the ids\n")]
    [InlineData(new[] { "next", "0", "--from", "tomorrow" }, 2, "ERROR: --from: 'tomorrow' is not a trigger; write yyyy-mm-dd/hh24:mi:ss, yyyy-mm-dd, or ISO 8601 such as 2019-01-01T08:00:00, 2019-01-01 08:00 or 2019-01-01T08:00:00+02:00\n")]
    [InlineData(new[] { "next", "0", "--count", "0" }, 2, "ERROR: --count: 0 is out of range; give 1 to 100000\n")]
    public void Errors_say_what_and_how_to_fix_with_the_spec_exit_status(string[] args, int exit, string error)
    {
        using var home = Home();

        var result = runner.Run(home.Path, string.Empty, args);

        Assert.Equal(exit, result.ExitCode);
        Assert.Equal(error, result.Errors);
        Assert.Equal(HandEdited, home.Read("schedule.tsv"));
    }

    [Fact]
    public void Enable_and_disable_change_only_the_status_cell()
    {
        using var home = Home();

        var disabled = runner.Run(home.Path, null, "disable", "job", "0");
        var enabled = runner.Run(home.Path, null, "enable", "job", "3");

        Assert.Equal(0, disabled.ExitCode);
        Assert.Equal("INFO: Job 0 disabled (STATUS N).\n", disabled.Output);
        Assert.Equal("INFO: Job 3 enabled (STATUS Y).\n", enabled.Output);
        Assert.Equal(HandEdited.Replace("0\ty\ttest", "0\tN\ttest", StringComparison.Ordinal).Replace("3\tN\treport", "3\tY\treport", StringComparison.Ordinal), home.Read("schedule.tsv"));
    }

    [Fact]
    public void Delete_asks_and_removes_the_row_then_the_folder()
    {
        using var home = Home();
        Directory.CreateDirectory(home.File("jobs/3/logs"));

        var refused = runner.Run(home.Path, "n\n", "delete", "job", "3");
        var noAnswer = runner.Run(home.Path, string.Empty, "delete", "job", "3");
        var deleted = runner.Run(home.Path, "YES\n", "delete", "job", "3");

        Assert.Equal((0, "INFO: REQUEST TO DELETE THE JOB 3: report (Daily report), its folder and its logs.\nINFO: Cancelled; nothing was changed.\n"), (refused.ExitCode, refused.Output));
        Assert.Equal((2, "ERROR: no confirmation: standard input is not a terminal and gave no answer; pass --yes to confirm\n"), (noAnswer.ExitCode, noAnswer.Errors));
        Assert.Equal(0, deleted.ExitCode);
        Assert.EndsWith("INFO: Job 3 removed from schedule.tsv; folder jobs/3 deleted.\n", deleted.Output, StringComparison.Ordinal);
        Assert.Equal(HandEdited[..HandEdited.IndexOf("3\tN", StringComparison.Ordinal)], home.Read("schedule.tsv"));
        Assert.False(Directory.Exists(home.File("jobs/3")));
    }

    [Fact]
    public void A_delete_that_fails_half_way_reports_it_and_leaves_a_consistent_schedule()
    {
        using var home = Home();
        Directory.CreateDirectory(home.File("jobs/3"));
        home.Write("jobs/3/locked.txt", "cannot be removed");
        Chattr("+i", home.File("jobs/3/locked.txt"));
        try
        {
            var result = runner.Run(home.Path, null, "delete", "job", "3", "--yes");

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("ERROR: job 3 was removed from schedule.tsv, but its folder jobs/3 could not be removed: ", result.Errors, StringComparison.Ordinal);
            Assert.EndsWith("; remove it by hand\n", result.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("\n3\t", home.Read("schedule.tsv"), StringComparison.Ordinal);
            Assert.Equal(0, runner.Run(home.Path, null, "check", "schedule").ExitCode);
        }
        finally
        {
            Chattr("-i", home.File("jobs/3/locked.txt"));
        }
    }

    [Fact]
    public void Check_schedule_passes_a_valid_home()
    {
        using var home = Home();

        var result = runner.Run(home.Path, null, "check", "schedule");

        Assert.Equal((0, "schedule.tsv: 2 jobs, valid.\n"), (result.ExitCode, result.Output));
    }

    [Fact]
    public void A_database_url_is_refused_by_check_and_start_naming_where_it_is_set_but_never_the_url()
    {
        using var home = Home();
        home.Write("config.ini", "[DATABASE]\nurl = postgresql://bob:s3cret@db.example:5432/runner\n");
        var fromVariable = new Dictionary<string, string> { ["RUNNER_DATABASE_URL"] = "postgres://alice:hunter2@db.example/runner" };

        var check = runner.Run(home.Path, null, "check", "schedule");
        var start = runner.Run(home.Path, null, "start", "scheduler");
        home.Write("config.ini", string.Empty);
        var variable = runner.Run(home.Path, null, fromVariable, "check", "schedule");

        Assert.Equal(3, check.ExitCode);
        Assert.Contains("config.ini:2:7: [DATABASE] url is set, but this version of runner keeps its history", check.Output, StringComparison.Ordinal);
        Assert.Equal(3, start.ExitCode);
        Assert.Contains("PostgreSQL is not supported yet", start.Errors, StringComparison.Ordinal);
        Assert.Equal(3, variable.ExitCode);
        Assert.Contains("RUNNER_DATABASE_URL", variable.Output, StringComparison.Ordinal);
        foreach (var result in new[] { check, start, variable })
        {
            Assert.DoesNotContain("s3cret", result.Output + result.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", result.Output + result.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("db.example", result.Output + result.Errors, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(home.File("logs/scheduler.pid")));
    }

    [Fact]
    public void Check_schedule_prints_every_error_with_line_and_column_and_exits_3()
    {
        using var home = Home();
        home.Write("schedule.tsv", HandEdited.Replace("\t8\t0\t0", "\t24\t0\t0", StringComparison.Ordinal).Replace("mon-fri", "mon-fri,0", StringComparison.Ordinal) + "7\tX\tshort\r\n");
        home.Write("config.ini", "[JOB]\ntimeout = soon\ntimout = 5\n");

        var result = runner.Run(home.Path, null, "check", "schedule");
        var json = runner.Run(home.Path, null, "check", "schedule", "--json");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(Expected.Read("check-schedule-errors.txt"), result.Output);
        Assert.Equal(3, json.ExitCode);
        var report = JsonDocument.Parse(json.Output).RootElement;
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Contains(report.GetProperty("problems").EnumerateArray(), p => p.GetProperty("line").GetInt32() == 3 && p.GetProperty("message").GetString()!.Contains("hour 24", StringComparison.Ordinal));
    }

    private static void Chattr(string flag, string path)
    {
        using var process = System.Diagnostics.Process.Start("chattr", [flag, path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private TempHome Home()
    {
        var home = new TempHome();
        Assert.Equal(0, runner.Run(home.Path, null, "create", "scheduler", "--yes").ExitCode);
        home.Write("schedule.tsv", HandEdited);
        return home;
    }
}
