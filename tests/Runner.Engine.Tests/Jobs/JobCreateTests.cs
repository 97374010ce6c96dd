using Runner.Core.Jobs;
using Runner.Engine.Jobs;
using Runner.Engine.Tests.Support;
using Runner.Engine.Tests.Support.Home;
using static Runner.Engine.Tests.Support.Home.JobHome;

namespace Runner.Engine.Tests.Jobs;

/// <summary>Creating a job: its folder, config.ini and script, its row appended under the home lock, its id recorded.</summary>
public sealed class JobCreateTests
{
    [Fact]
    public void A_new_job_gets_the_first_id_a_folder_a_script_and_a_row_as_the_schedule_reads_it_back()
    {
        var home = new JobHome();

        var created = home.Service.Create(Draft());

        Assert.True(created.Succeeded);
        var job = created.Value!.Job;
        Assert.Equal((0, "job_0", "jobs/0", "jobs/0/script.sh"), (job.Id, job.Name, created.Value.Folder, created.Value.Script));
        Assert.Equal(JobConfigTemplate.Text(0, "job_0"), home.Folders.Files["jobs/0/config.ini"]);
        Assert.StartsWith("#!/usr/bin/env bash\n", home.Folders.Files["jobs/0/script.sh"], StringComparison.Ordinal);
        Assert.Equal(Header + "0\tjob_0\ta job\tbash\tjobs/0/script.sh\t*\t*\t2\t30\t0\t--full\tY\n", home.Schedule.Text);
        Assert.Equal(0, home.Ids.LastUsed());
        Assert.Equal(job.Id, Assert.Single(home.Service.ReadSchedule().Value!.Schedule.Jobs).Id);
        Assert.False(home.Lock.Held);
    }

    [Fact]
    public void The_next_fires_come_from_the_clock_in_the_schedules_zone()
    {
        var home = new JobHome(zone: TestJobs.NewYork);

        var created = home.Service.Create(Draft()).Value!;

        // 02:30 in New York is 06:30 UTC in June; the clock reads 12:00 UTC, so today's fire is past.
        var first = new DateTimeOffset(2026, 6, 2, 6, 30, 0, TimeSpan.Zero);
        Assert.Equal([first, first.AddDays(1), first.AddDays(2)], created.NextFires);
        Assert.False(created.FiresMoreThanOncePerMinute);
    }

    [Fact]
    public void A_job_whose_file_exists_gets_no_script_and_one_whose_file_is_missing_gets_it_there()
    {
        var home = new JobHome();
        home.Folders.Files["bin/backup.sh"] = "#!/bin/sh\n";

        var existing = home.Service.Create(Draft(name: "backup", file: "bin/backup.sh")).Value!;
        var missing = home.Service.Create(Draft(name: "report", environment: "python", file: "bin/report.py")).Value!;

        Assert.Null(existing.Script);
        Assert.Equal("#!/bin/sh\n", home.Folders.Files["bin/backup.sh"]);
        Assert.Equal("bin/report.py", missing.Script);
        Assert.StartsWith("# Runner runs this", home.Folders.Files["bin/report.py"], StringComparison.Ordinal);
        Assert.Equal(["bin/backup.sh", "bin/report.py"], home.Service.ReadSchedule().Value!.Schedule.Jobs.Select(j => j.File));
        Assert.DoesNotContain(home.Folders.Files.Keys, f => f.EndsWith("script.sh", StringComparison.Ordinal) || f.EndsWith("script.py", StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_follow_the_highest_row_and_the_ledger_whichever_is_higher()
    {
        var home = new JobHome(Header + "7\thand\t\tbash\tx.sh\t*\t*\t*\t*\t0\t\tY\n");
        Assert.Equal(8, home.Create());

        home.Ids.Record(20);

        Assert.Equal(21, home.Create());
        Assert.Equal(21, home.Ids.LastUsed());
    }

    [Fact]
    public void A_broken_rows_id_is_not_handed_out_again()
    {
        var home = new JobHome(Header + "4\tbroken\t\tbash\tx.sh\t*\t*\t99\t*\t0\t\tY\n");

        Assert.Equal(5, home.Create());
    }

    [Fact]
    public void Nothing_is_created_without_a_schedule_or_its_header()
    {
        foreach (var schedule in new[] { null, "# only a comment\n" })
        {
            var home = new JobHome(schedule);

            var created = home.Service.Create(Draft());

            Assert.Equal(ProblemKind.InvalidSetup, created.Problem!.Kind);
            Assert.Contains("schedule.tsv", Assert.Single(created.Problem.Messages), StringComparison.Ordinal);
            Assert.Empty(home.Folders.Files);
            Assert.Equal((-1, 0, schedule), (home.Ids.LastUsed(), home.Schedule.Writes, home.Schedule.Text));
            Assert.False(home.Lock.Held);
        }
    }

    [Fact]
    public void A_schedule_that_cannot_be_written_leaves_no_folder_and_no_used_id()
    {
        var home = new JobHome();
        home.Schedule.WriteFailure = new IOException("No space left on device");

        Assert.Throws<IOException>(() => home.Service.Create(Draft()));

        Assert.Empty(home.Folders.Folders);
        Assert.Empty(home.Folders.Files);
        Assert.Equal(-1, home.Ids.LastUsed());
        Assert.Equal(Header, home.Schedule.Text);
        Assert.False(home.Lock.Held);
    }

    [Fact]
    public void Comments_blank_lines_and_unknown_columns_survive_an_appended_row()
    {
        var text = "# jobs of the night\n" + Header.TrimEnd('\n') + "\tOWNER\n\n3\told\t\tbash\tx.sh\t*\t*\t1\t0\t0\t\tN\tops\n";
        var home = new JobHome(text);

        home.Create(Draft(name: "new"));

        Assert.StartsWith(text, home.Schedule.Text, StringComparison.Ordinal);
        var added = home.Service.FindJob(4).Value!;
        Assert.Equal(("new", true, ""), (added.Name, added.IsActive, added.Extra["OWNER"]));
        Assert.False(home.Service.FindJob(3).Value!.IsActive);
    }
}
