using Runner.Core.Runs;
using static Runner.Testing.Contracts.RunRecords;

namespace Runner.Testing.Contracts;

/// <summary>Pruning: by age (the run's start), by count per job, both at once; never a running run.</summary>
public abstract partial class RunStoreContract
{
    [Fact]
    public void Pruning_without_limits_keeps_everything()
    {
        Store.Record(Ended(1, 0, logPath: "/0.log"));

        Assert.Empty(Store.Prune(null, null));
        Assert.Single(Store.History(new()));
    }

    [Fact]
    public void By_age_deletes_the_runs_started_before_the_limit_and_returns_their_logs()
    {
        for (var minute = 0; minute < 6; minute++)
        {
            Store.Record(Ended(minute % 2, minute, logPath: minute == 2 ? null : $"/{minute}.log"));
        }

        var logs = Store.Prune(Base.AddMinutes(3), null);

        Assert.Equal(["/0.log", "/1.log"], logs.Order(StringComparer.Ordinal));
        Assert.Equal([5, 4, 3], Minutes());
    }

    [Fact]
    public void By_count_keeps_the_newest_runs_of_each_job()
    {
        for (var minute = 0; minute < 8; minute++)
        {
            Store.Record(Ended(minute < 5 ? 1 : 2, minute, logPath: $"/{minute}.log"));
        }

        var logs = Store.Prune(null, 2);

        Assert.Equal(["/0.log", "/1.log", "/2.log", "/5.log"], logs.Order(StringComparer.Ordinal));
        Assert.Equal([7, 6, 4, 3], Minutes());
    }

    [Fact]
    public void Keeping_none_per_job_deletes_every_finished_run_with_or_without_a_log()
    {
        Store.Record(Ended(1, 0, logPath: "/0.log"));
        Store.Record(Ended(2, 1, RunOutcome.Skipped));
        Store.Record(Ended(3, 2, RunOutcome.Failed, "/2.log"));

        Assert.Equal(["/0.log", "/2.log"], Store.Prune(null, 0).Order(StringComparer.Ordinal));
        Assert.Empty(Store.History(new()));
    }

    [Fact]
    public void Both_limits_delete_what_either_one_would()
    {
        Store.Record(Ended(2, 0, logPath: "/0.log"));
        Store.Record(Ended(2, 1, logPath: "/1.log"));
        for (var minute = 10; minute < 15; minute++)
        {
            Store.Record(Ended(1, minute, logPath: $"/{minute}.log"));
        }

        var logs = Store.Prune(Base.AddMinutes(5), 3);

        Assert.Equal(["/0.log", "/1.log", "/10.log", "/11.log"], logs.Order(StringComparer.Ordinal));
        Assert.Equal([14, 13, 12], Minutes());
    }

    [Fact]
    public void The_newest_are_counted_before_old_runs_are_deleted()
    {
        Store.Record(Ended(1, 10, logPath: "/10.log"));
        Store.Record(Ended(1, 11, logPath: "/11.log"));
        // Recorded last (the newest by count) but started long ago (old by age).
        Store.Record(Ended(1, 0, logPath: "/0.log"));

        var logs = Store.Prune(Base.AddMinutes(5), 2);

        Assert.Equal(["/0.log", "/10.log"], logs.Order(StringComparer.Ordinal));
        Assert.Equal([11], Minutes());
    }

    [Fact]
    public void A_run_started_at_the_age_limit_is_kept()
    {
        Store.Record(Ended(1, 0, logPath: "/0.log"));
        Store.Record(Ended(1, 1, logPath: "/1.log"));

        Assert.Equal(["/0.log"], Store.Prune(Base.AddMinutes(1), null));
        Assert.Equal([1], Minutes());
    }

    [Fact]
    public void Running_runs_are_never_deleted_and_count_among_the_newest()
    {
        var oldRunning = Store.Begin(Running(1, 0, "/0.log"));
        Store.Record(Ended(1, 1, logPath: "/1.log"));
        Store.Record(Ended(1, 2, logPath: "/2.log"));
        Store.Begin(Running(1, 3, "/3.log"));

        var logs = Store.Prune(Base.AddDays(1), 0);

        Assert.Equal(["/1.log", "/2.log"], logs.Order(StringComparer.Ordinal));
        Assert.Equal([3, 0], Minutes());

        Store.Record(Ended(1, 4, logPath: "/4.log"));
        Store.Begin(Running(1, 5, "/5.log"));

        Assert.Empty(Store.Prune(null, 2));
        Assert.Equal(["/4.log"], Store.Prune(null, 1));
        Assert.Equal([5, 3, 0], Minutes());
        Assert.Equal(oldRunning, Store.Find(oldRunning.RunId));
    }

    [Fact]
    public void A_tighter_retention_applies_to_the_runs_already_kept()
    {
        for (var minute = 0; minute < 10; minute++)
        {
            Store.Record(Ended(1, minute, RunOutcome.Failed, $"/{minute}.log"));
        }

        Assert.Equal(5, Store.Prune(null, 5).Count);
        Assert.Equal(["/5.log", "/6.log", "/7.log"], Store.Prune(null, 2).Order(StringComparer.Ordinal));
        Assert.Equal(["/8.log"], Store.Prune(Base.AddMinutes(9), null));
        Assert.Equal([9], Minutes());
    }

    private int[] Minutes() =>
        [.. Store.History(new(Last: 1000)).Select(run => (int)(run.Started - Base).TotalMinutes)];
}
