using Runner.Engine.Jobs;
using Runner.Engine.Tests.Support.Home;
using static Runner.Engine.Tests.Support.Home.JobHome;

namespace Runner.Engine.Tests.Jobs;

/// <summary>Deleting a job: its row first, then its folder; its id is never handed out again.</summary>
public sealed class JobDeleteTests
{
    [Fact]
    public void Deleting_removes_the_row_and_the_folder_and_leaves_the_rest_of_the_file_as_it_was()
    {
        var home = new JobHome("# keep me\n" + Header);
        home.Create(Draft(name: "first"));
        home.Create(Draft(name: "second"));
        var before = home.Schedule.Text!;

        var deleted = home.Service.Delete(0);

        Assert.Equal("jobs/0", deleted.Value);
        Assert.Equal(before.Replace("0\tfirst\ta job\tbash\tjobs/0/script.sh\t*\t*\t2\t30\t0\t--full\tY\n", string.Empty, StringComparison.Ordinal), home.Schedule.Text);
        Assert.Equal([1], home.Folders.Folders);
        Assert.DoesNotContain(home.Folders.Files.Keys, f => f.StartsWith("jobs/0/", StringComparison.Ordinal));
        Assert.Equal(ProblemKind.NoSuchJob, home.Service.FindJob(0).Problem!.Kind);
        Assert.False(home.Lock.Held);
    }

    [Fact]
    public void Ids_are_never_reused_after_a_delete()
    {
        var home = new JobHome();
        Assert.Equal([0, 1, 2], new[] { home.Create(), home.Create(), home.Create() });

        home.Service.Delete(2);
        Assert.Equal(3, home.Create());

        foreach (var id in new[] { 0, 1, 3 })
        {
            Assert.True(home.Service.Delete(id).Succeeded);
        }

        Assert.Equal(Header, home.Schedule.Text);
        Assert.Equal(4, home.Create());
    }

    [Fact]
    public void An_unknown_job_is_reported_and_nothing_changes()
    {
        var home = new JobHome();
        home.Create();
        var before = home.Schedule.Text;

        var deleted = home.Service.Delete(5);

        Assert.Equal(ProblemKind.NoSuchJob, deleted.Problem!.Kind);
        Assert.Equal("no job has id 5 in schedule.tsv; `runner list jobs` shows the ids", Assert.Single(deleted.Problem.Messages));
        Assert.Equal((before, 1), (home.Schedule.Text, home.Schedule.Writes));
        Assert.Equal([0], home.Folders.Folders);
    }

    [Fact]
    public void A_folder_that_cannot_be_removed_is_reported_and_the_row_stays_removed()
    {
        var home = new JobHome();
        home.Create();
        home.Folders.DeleteFailure = new IOException("Device or resource busy");

        var deleted = home.Service.Delete(0);

        Assert.Equal(ProblemKind.PartlyDone, deleted.Problem!.Kind);
        Assert.Equal(
            "job 0 was removed from schedule.tsv, but its folder jobs/0 could not be removed: Device or resource busy; remove it by hand",
            Assert.Single(deleted.Problem.Messages));
        Assert.Equal(Header, home.Schedule.Text);
        Assert.Equal(1, home.Create());
    }

    [Fact]
    public void Without_a_schedule_there_is_nothing_to_delete()
    {
        var home = new JobHome(schedule: null);

        Assert.Equal(ProblemKind.InvalidSetup, home.Service.Delete(0).Problem!.Kind);
        Assert.Equal(0, home.Schedule.Writes);
    }
}
