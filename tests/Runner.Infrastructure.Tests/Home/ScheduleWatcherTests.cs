using Runner.Core.Diagnostics;
using Runner.Core.Schedules;
using Runner.Infrastructure.Home;

namespace Runner.Infrastructure.Tests.Home;

/// <summary>The schedule watcher's decisions, driven by explicit checks: apply a valid new version, reject the rest, ignore what did not change.</summary>
public sealed class ScheduleWatcherTests : IDisposable
{
    private const string Header = "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("runner-watch-").FullName;
    private readonly List<Schedule> _applied = [];
    private readonly List<IReadOnlyList<Diagnostic>> _rejected = [];

    private string ScheduleFile => Path.Combine(_folder, "schedule.tsv");

    [Fact]
    public void A_missing_file_is_rejected_and_a_valid_one_applied()
    {
        using var watcher = Watcher();

        watcher.Check();
        File.WriteAllText(ScheduleFile, Header + Row(0, "*"));
        watcher.Check();

        Assert.Single(_rejected);
        Assert.Equal(0, Assert.Single(_applied).Jobs[0].Id);
    }

    [Fact]
    public void An_unchanged_file_is_not_read_again_even_when_touched()
    {
        File.WriteAllText(ScheduleFile, Header + Row(0, "*"));
        using var watcher = Watcher();
        watcher.Check();

        watcher.Check();
        File.SetLastWriteTimeUtc(ScheduleFile, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        watcher.Check();

        Assert.Single(_applied);
        Assert.Empty(_rejected);
    }

    [Fact]
    public void An_invalid_version_is_rejected_with_its_line_and_column()
    {
        File.WriteAllText(ScheduleFile, Header + Row(0, "*"));
        using var watcher = Watcher();
        watcher.Check();

        File.WriteAllText(ScheduleFile, Header + Row(0, "*") + Row(1, "61"));
        watcher.Check();

        var error = Assert.Single(Assert.Single(_rejected));
        Assert.Equal(("schedule.tsv", 3), (error.Source, error.Line));
        Assert.True(error.Column > 1);
        Assert.Single(_applied);
    }

    [Fact]
    public void A_one_line_edit_reads_only_that_row_and_shares_the_other_jobs_with_the_schedule_in_force()
    {
        File.WriteAllText(ScheduleFile, Header + Row(0, "*") + Row(1, "*") + Row(2, "*"));
        using var watcher = Watcher();
        watcher.Check();

        File.WriteAllText(ScheduleFile, Header + Row(0, "*") + Row(1, "5") + Row(2, "*"));
        watcher.Check();

        var (before, after) = (_applied[0], _applied[1]);
        Assert.Same(before.Find(0), after.Find(0));
        Assert.Same(before.Find(2), after.Find(2));
        Assert.Equal("5", after.Find(1)!.Timing.Second.Text);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Row(int id, string second) => $"{id}\tjob{id}\t\t\tjob.sh\t*\t*\t*\t*\t{second}\t\tY\n";

    private ScheduleWatcher Watcher()
    {
        var watcher = new ScheduleWatcher(ScheduleFile, () => [], TimeProvider.System);
        watcher.Deliver(_applied.Add, _rejected.Add);
        return watcher;
    }
}
