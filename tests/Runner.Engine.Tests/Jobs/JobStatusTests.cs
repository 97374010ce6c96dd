using Runner.Engine.Jobs;
using Runner.Engine.Tests.Support.Home;
using static Runner.Engine.Tests.Support.Home.JobHome;

namespace Runner.Engine.Tests.Jobs;

/// <summary>Enabling and disabling a job: its STATUS cell and nothing else.</summary>
public sealed class JobStatusTests
{
    private const string Rows = "0\tbackup\tnightly\tbash\tb.sh\t*\t*\t2\t30\t0\t--full\tY\n1\treport\t\tpython\tr.py\t*\tmon\t8\t0\t0\t\tn\n";

    [Fact]
    public void Disabling_sets_status_n_in_place()
    {
        var home = new JobHome(Header + Rows);

        Assert.Equal(0, home.Service.SetActive(0, false).Value);

        Assert.Equal(Header + Rows.Replace("--full\tY", "--full\tN", StringComparison.Ordinal), home.Schedule.Text);
        Assert.False(home.Service.FindJob(0).Value!.IsActive);
        Assert.False(home.Lock.Held);
    }

    [Fact]
    public void Enabling_sets_status_y_in_place()
    {
        var home = new JobHome(Header + Rows);

        Assert.Equal(1, home.Service.SetActive(1, true).Value);

        Assert.Equal(Header + Rows.Replace("\t\tn\n", "\t\tY\n", StringComparison.Ordinal), home.Schedule.Text);
        Assert.True(home.Service.FindJob(1).Value!.IsActive);
        Assert.Single(home.Service.List(JobFilter.Active).Value!.Jobs, j => j.Job.Id == 1 && j.Next is not null);
    }

    [Fact]
    public void Setting_the_status_a_job_already_has_changes_nothing_in_the_text()
    {
        var home = new JobHome(Header + Rows);

        home.Service.SetActive(0, true);

        Assert.Equal(Header + Rows, home.Schedule.Text);
    }

    [Fact]
    public void An_unknown_job_or_a_missing_schedule_is_reported_and_nothing_is_written()
    {
        var home = new JobHome(Header + Rows);
        var missing = new JobHome(schedule: null);

        Assert.Equal(ProblemKind.NoSuchJob, home.Service.SetActive(9, true).Problem!.Kind);
        Assert.Equal(ProblemKind.InvalidSetup, missing.Service.SetActive(0, true).Problem!.Kind);
        Assert.Equal((0, 0), (home.Schedule.Writes, missing.Schedule.Writes));
    }
}
