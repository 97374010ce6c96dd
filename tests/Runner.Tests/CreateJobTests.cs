using System.Text.Json;
using Runner.Tests.Support;

namespace Runner.Tests;

[Collection(PublishedRunnerGroup.Name)]
public sealed class CreateJobTests(PublishedRunner runner)
{
    [Fact]
    public void Create_scheduler_keeps_name_and_description_in_config_and_destroys_nothing_when_run_again()
    {
        using var home = new TempHome();

        var first = runner.Run(home.Path, null, "create", "scheduler", "--name", "nightly", "--desc", "Nightly batch");
        home.Write("schedule.tsv", TempHome.ScheduleHeader + "# my comment\n");
        var again = runner.Run(home.Path, null, "create", "scheduler", "--yes");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(Expected.Read("create-scheduler.txt", home.Path), first.Output);
        Assert.Equal(Expected.Read("create-scheduler-again.txt", home.Path), again.Output);
        Assert.Equal(TempHome.ScheduleHeader + "# my comment\n", home.Read("schedule.tsv"));
        Assert.Contains("name = nightly\n", home.Read("config.ini"), StringComparison.Ordinal);
        Assert.Contains("description = Nightly batch\n", home.Read("config.ini"), StringComparison.Ordinal);
        Assert.True(Directory.Exists(home.File("jobs")) && Directory.Exists(home.File("logs")));
    }

    [Fact]
    public void Create_scheduler_reads_name_and_description_from_piped_input()
    {
        using var home = new TempHome();

        var result = runner.Run(home.Path, "piped\nFrom a pipe\n", "create", "scheduler");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("name = piped\n", home.Read("config.ini"), StringComparison.Ordinal);
        Assert.Contains("description = From a pipe\n", home.Read("config.ini"), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_job_by_options_writes_folder_config_script_and_row()
    {
        using var home = runner.NewScheduler();

        var result = runner.Run(home.Path, null, "create", "job", "--name", "test", "--desc", "Test Job", "--env", "python", "--hour", "8", "--minute", "0", "--active", "n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TempHome.ScheduleHeader + "0\ttest\tTest Job\tpython\tjobs/0/script.py\t*\t*\t8\t0\t0\t\tN\n", home.Read("schedule.tsv"));
        Assert.StartsWith("INFO: Creating job...\nINFO: Job ID: 0\nINFO: Folder jobs/0 created.\nINFO: File jobs/0/config.ini created.\nINFO: File jobs/0/script.py created.\n", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"INFO: Next fires: \d{4}-\d\d-\d\dT08:00:00\+00:00, \d{4}-\d\d-\d\dT08:00:00\+00:00, \d{4}-\d\d-\d\dT08:00:00\+00:00\n", result.Output);
        Assert.Contains("[JOB]", home.Read("jobs/0/config.ini"), StringComparison.Ordinal);
        Assert.Contains("RUNNER_TRIGGER", home.Read("jobs/0/script.py"), StringComparison.Ordinal);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Create_job_reads_missing_answers_from_piped_input_in_prompt_order_empty_lines_taking_defaults()
    {
        using var home = runner.NewScheduler();

        var result = runner.Run(home.Path, "report\nDaily report\nbash\n\nmon-fri\n8\n30\n\n--verbose \"a b\"\nyes\n", "create", "job");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TempHome.ScheduleHeader + "0\treport\tDaily report\tbash\tjobs/0/script.sh\t*\tmon-fri\t8\t30\t0\t--verbose \"a b\"\tY\n", home.Read("schedule.tsv"));
        Assert.Equal(UnixFileMode.UserExecute, File.GetUnixFileMode(home.File("jobs/0/script.sh")) & UnixFileMode.UserExecute);
    }

    [Fact]
    public void Create_job_with_input_at_its_end_takes_every_default_and_never_waits()
    {
        using var home = runner.NewScheduler();

        var result = runner.Run(home.Path, string.Empty, "create", "job");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TempHome.ScheduleHeader + "0\tjob_0\t\tpython\tjobs/0/script.py\t*\t*\t*\t*\t0\t\tN\n", home.Read("schedule.tsv"));
    }

    [Theory]
    [InlineData(new[] { "--hour", "24" }, "ERROR: --hour: hour 24 is out of range; allowed: 0-23\n")]
    [InlineData(new[] { "--week-day", "0" }, "ERROR: --week-day: week day 0 is not valid: weeks run from 1 (Monday) to 7 (Sunday); write 7 or sun for Sunday\n")]
    [InlineData(new[] { "--minute", "*/0" }, "ERROR: --minute: minute cycle '*/0' divides by 0; use a step of 1 or more\n")]
    [InlineData(new[] { "--env", "cobol" }, "ERROR: --env: environment 'cobol' is not defined in [ENVIRONMENT] of config.ini; use one of: python, dotnet, bash, sh, node, java, perl, pwsh (or add it there)\n")]
    [InlineData(new[] { "--active", "maybe" }, "ERROR: --active: 'maybe' is not an answer; write Y or N (yes/no, any case)\n")]
    public void A_bad_option_fails_with_its_reason_and_writes_nothing(string[] options, string error)
    {
        using var home = runner.NewScheduler();

        var result = runner.Run(home.Path, string.Empty, ["create", "job", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(error, result.Errors);
        Assert.Equal(TempHome.ScheduleHeader, home.Read("schedule.tsv"));
        Assert.False(Directory.Exists(home.File("jobs/0")));
    }

    [Fact]
    public void A_bad_piped_answer_fails_with_its_reason_and_writes_nothing()
    {
        using var home = runner.NewScheduler();

        var result = runner.Run(home.Path, "x\n\n\n32\n", "create", "job");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("ERROR: Enter the month day (1-31) '32': month day 32 is out of range; allowed: 1-31\n", result.Errors);
        Assert.Equal(TempHome.ScheduleHeader, home.Read("schedule.tsv"));
    }

    [Fact]
    public void A_job_firing_every_second_is_warned_about()
    {
        using var home = runner.NewScheduler();

        var result = runner.Run(home.Path, null, "create", "job", "--yes", "--second", "*");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("WARNING: job 0 fires more than once a minute (SECOND = *); give SECOND a single value, e.g. 0, unless that is what you want\n", result.Errors);
    }

    [Fact]
    public void A_file_naming_an_existing_program_gets_no_script()
    {
        using var home = runner.NewScheduler();

        var result = runner.Run(home.Path, null, "create", "job", "--yes", "--env", "", "--file", "/bin/true");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TempHome.ScheduleHeader + "0\tjob_0\t\t\t/bin/true\t*\t*\t*\t*\t0\t\tN\n", home.Read("schedule.tsv"));
        Assert.Equal(["config.ini"], Directory.GetFiles(home.File("jobs/0")).Select(Path.GetFileName));
    }

    [Fact]
    public void Ids_are_never_reused_after_a_delete()
    {
        using var home = runner.NewScheduler();
        runner.Run(home.Path, null, "create", "job", "--yes");
        runner.Run(home.Path, null, "create", "job", "--yes");

        runner.Run(home.Path, null, "delete", "job", "1", "--yes");
        var created = runner.Run(home.Path, null, "create", "job", "--yes", "--json");

        Assert.Contains("INFO: Job ID: 2\n", created.Output, StringComparison.Ordinal);
        Assert.Equal(["0", "2"], home.Read("schedule.tsv").Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public async Task Two_concurrent_create_job_processes_never_share_an_id()
    {
        using var home = runner.NewScheduler();

        var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 4).Select(_ => runner.Run(home.Path, null, "create", "job", "--yes")).ToList())).ToArray();
        var results = await Task.WhenAll(runs);

        Assert.All(results.SelectMany(r => r), r => Assert.Equal(0, r.ExitCode));
        var ids = home.Read("schedule.tsv").Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => int.Parse(l.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(0, 8), ids.Order());
        Assert.Equal(8, Directory.GetDirectories(home.File("jobs")).Length);
    }

    [Fact]
    public void List_jobs_json_has_the_lower_case_columns_and_next()
    {
        using var home = runner.NewScheduler();
        runner.Run(home.Path, null, "create", "job", "--yes", "--name", "a", "--hour", "8", "--minute", "0", "--active", "Y");

        var result = runner.Run(home.Path, null, "list", "jobs", "--json", "--from", "2024-01-01T00:00:00Z");

        using var json = JsonDocument.Parse(result.Output);
        var job = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(["id", "name", "description", "environment", "file", "month_day", "week_day", "hour", "minute", "second", "parameters", "status", "next"], job.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-01-01T08:00:00+00:00", job.GetProperty("next").GetString());
        Assert.Equal(0, job.GetProperty("id").GetInt32());
    }
}
