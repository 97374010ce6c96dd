using Runner.Core.Diagnostics;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Testing.Contracts;

/// <summary>
/// What every <see cref="IScheduleSource"/> does, written once and run against each
/// implementation (schedule.tsv's watcher, the in-memory double): the version there is at the
/// start is delivered at once, each new valid version is applied, an invalid, empty or missing
/// one is rejected with its errors and nothing applied, and an unchanged one is not delivered again.
/// </summary>
public abstract class ScheduleSourceContract
{
    /// <summary>The header of a schedule.</summary>
    protected const string Header = "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n";

    private readonly List<Schedule> _applied = [];
    private readonly List<IReadOnlyList<Diagnostic>> _rejected = [];

    /// <summary>A new source holding <paramref name="text"/> (null: no schedule yet), not started.</summary>
    protected abstract IScheduleSource Create(string? text);

    /// <summary>Makes <paramref name="text"/> (null: none) the source's content and returns once the source has noticed it.</summary>
    protected abstract void Change(IScheduleSource source, string? text);

    [Fact]
    public void Start_delivers_the_version_there_is_now()
    {
        using var source = Started(Header + Row(0, "backup"));

        Assert.Equal("backup", Assert.Single(Assert.Single(_applied).Jobs).Name);
        Assert.Empty(_rejected);
        Assert.Equal("schedule.tsv", source.ShownAs);
    }

    [Fact]
    public void A_missing_schedule_is_rejected_and_nothing_is_applied()
    {
        using var source = Started(null);

        Assert.Empty(_applied);
        Assert.NotEmpty(Assert.Single(_rejected));
    }

    [Fact]
    public void A_valid_new_version_is_applied_and_an_invalid_one_rejected_with_its_line_and_column()
    {
        using var source = Started(Header + Row(0, "backup"));

        Change(source, Header + Row(0, "backup") + Row(1, "report"));
        Change(source, Header + Row(0, "backup") + "x\tbroken\tt\t\t/bin/true\t*\t*\t*\t*\t0\t\tY\n");

        Assert.Equal([1, 2], _applied.Select(s => s.Count));
        var error = Assert.Single(_rejected).First(e => e.IsError);
        Assert.Equal(("schedule.tsv", 3, 1), (error.Source, error.Line, error.Column));
    }

    [Fact]
    public void An_unchanged_version_is_not_delivered_again()
    {
        var text = Header + Row(0, "backup");
        using var source = Started(text);

        Change(source, text);

        Assert.Single(_applied);
        Assert.Empty(_rejected);
    }

    [Fact]
    public void A_schedule_that_goes_away_or_empties_is_rejected_and_nothing_is_applied_for_it()
    {
        using var source = Started(Header + Row(0, "backup"));

        Change(source, null);
        Change(source, Header + Row(0, "backup") + Row(1, "report"));
        Change(source, string.Empty);

        Assert.Equal([1, 2], _applied.Select(s => s.Count));
        Assert.Equal(2, _rejected.Count);
    }

    private static string Row(int id, string name) => $"{id}\t{name}\tt\t\t/bin/true\t*\t*\t*\t*\t0\t\tY\n";

    private IScheduleSource Started(string? text)
    {
        var source = Create(text);
        source.Start(_applied.Add, _rejected.Add);
        return source;
    }
}
