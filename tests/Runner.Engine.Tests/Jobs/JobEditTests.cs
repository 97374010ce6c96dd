using Runner.Engine.Jobs;
using Runner.Engine.Tests.Support.Home;
using static Runner.Engine.Tests.Support.Home.JobHome;

namespace Runner.Engine.Tests.Jobs;

/// <summary>Editing a job's time fields and parameters: applied in place when the row stays valid, refused with the file's errors otherwise.</summary>
public sealed class JobEditTests
{
    private const string Row = "0\tbackup\tnightly\tbash\tb.sh\t*\t*\t2\t30\t0\t--full\tY\n";

    [Fact]
    public void A_valid_edit_changes_only_the_cells_it_names_and_returns_the_job_as_it_now_is()
    {
        var home = new JobHome(Header + Row);

        var edited = home.Service.Edit(0, new JobEdit(Hour: " 4 ", WeekDay: "mon-fri", Parameters: "--quick {trigger}"));

        Assert.True(edited.Succeeded);
        Assert.Equal(Header + "0\tbackup\tnightly\tbash\tb.sh\t*\tmon-fri\t4\t30\t0\t--quick {trigger}\tY\n", home.Schedule.Text);
        Assert.Equal(("4", "mon-fri", "--quick {trigger}"), (edited.Value!.Timing.Hour.Text, edited.Value.Timing.WeekDay.Text, edited.Value.Parameters));
        Assert.Equal(home.Service.FindJob(0).Value, edited.Value);
        Assert.False(home.Lock.Held);
    }

    [Fact]
    public void An_invalid_edit_is_refused_with_the_files_errors_and_the_old_text_kept()
    {
        var home = new JobHome(Header + Row);

        var edited = home.Service.Edit(0, new JobEdit(Hour: "25", Minute: "x"));

        Assert.Equal(ProblemKind.BadInput, edited.Problem!.Kind);
        Assert.Equal("job 0 was not changed; fix these errors:", edited.Problem.Messages[0]);
        Assert.Equal(
            [.. Core.Schedules.ScheduleReader.Read(Header + "0\tbackup\tnightly\tbash\tb.sh\t*\t*\t25\tx\t0\t--full\tY\n").Errors.Select(e => e.ToString())],
            edited.Problem.Messages.Skip(1));
        Assert.Equal(2, edited.Problem.Messages.Count(m => m.StartsWith("schedule.tsv:2:", StringComparison.Ordinal)));
        Assert.Equal((Header + Row, 0), (home.Schedule.Text, home.Schedule.Writes));
    }

    [Fact]
    public void A_tab_or_line_break_in_a_cell_is_refused_before_anything_is_written()
    {
        var home = new JobHome(Header + Row);

        var edited = home.Service.Edit(0, new JobEdit(Parameters: "--a\t--b"));

        Assert.Equal(ProblemKind.BadInput, edited.Problem!.Kind);
        Assert.Equal("PARAMETERS of job 0 holds a tab or a line break; write it on one line without tabs", Assert.Single(edited.Problem.Messages));
        Assert.Equal(0, home.Schedule.Writes);
    }

    [Fact]
    public void Errors_in_other_rows_do_not_block_an_edit()
    {
        var broken = "1\tbroken\t\tbash\tx.sh\t*\t*\t99\t0\t0\t\tY\n";
        var home = new JobHome(Header + Row + broken);

        var edited = home.Service.Edit(0, new JobEdit(Minute: "45"));

        Assert.True(edited.Succeeded);
        Assert.Equal(Header + Row.Replace("\t30\t", "\t45\t", StringComparison.Ordinal) + broken, home.Schedule.Text);
    }

    [Fact]
    public void An_unknown_job_or_a_missing_schedule_is_reported()
    {
        Assert.Equal(ProblemKind.NoSuchJob, new JobHome(Header + Row).Service.Edit(3, new JobEdit(Hour: "1")).Problem!.Kind);
        Assert.Equal(ProblemKind.InvalidSetup, new JobHome(schedule: null).Service.Edit(0, new JobEdit(Hour: "1")).Problem!.Kind);
    }
}
