using Runner.Core.Runs;
using Runner.Engine.Ports;
using static Runner.Testing.Contracts.RunRecords;

namespace Runner.Testing.Contracts;

/// <summary>Reading the history: newest first, filtered by job and outcome, cut to the last N.</summary>
public abstract partial class RunStoreContract
{
    [Fact]
    public void History_is_newest_first_filtered_by_job_and_outcome_and_cut_to_the_last_n()
    {
        var ids = new[]
        {
            Store.Record(Ended(1, 0, RunOutcome.Done)).RunId,     // 0
            Store.Record(Ended(2, 1, RunOutcome.Failed)).RunId,   // 1
            Store.Record(Ended(1, 2, RunOutcome.Failed)).RunId,   // 2
            Store.Begin(Running(2, 3)).RunId,                     // 3
            Store.Record(Ended(1, 4, RunOutcome.Done)).RunId,     // 4
            Store.Record(Ended(3, 5, RunOutcome.Skipped)).RunId,  // 5
        };

        Assert.Equal([ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]], Read(new()));
        Assert.Equal([ids[5], ids[4]], Read(new(Last: 2)));
        Assert.Equal([ids[4], ids[2], ids[0]], Read(new(JobId: 1)));
        Assert.Equal([ids[4]], Read(new(JobId: 1, Last: 1)));
        Assert.Equal([ids[2], ids[1]], Read(new(Outcome: RunOutcome.Failed)));
        Assert.Equal([ids[2]], Read(new(JobId: 1, Outcome: RunOutcome.Failed)));
        Assert.Equal([ids[3]], Read(new(Outcome: RunOutcome.Running)));
        Assert.Empty(Read(new(JobId: 4)));
        Assert.Empty(Read(new(Last: 0)));
    }

    [Fact]
    public void Newest_is_the_run_recorded_last_not_the_one_that_started_last()
    {
        var late = Store.Record(Ended(1, minutes: 10));
        var early = Store.Record(Ended(1, minutes: 0));

        Assert.Equal([early.RunId, late.RunId], Read(new()));
    }

    [Fact]
    public void History_reads_the_last_20_unless_told_otherwise()
    {
        var ids = Enumerable.Range(0, 25).Select(minute => Store.Record(Ended(1, minute)).RunId).ToList();

        Assert.Equal(ids.AsEnumerable().Reverse().Take(20), Read(new()));
        Assert.Equal(25, Read(new(Last: 1000)).Length);
    }

    [Fact]
    public void History_reads_the_runs_as_they_are_now()
    {
        var begun = Store.Begin(Running(1));
        Store.Started(begun with { Pid = 5, LogPath = "/1.log" });
        Store.Finish(EndOf(begun));

        var read = Assert.Single(Store.History(new(JobId: 1)));

        Assert.Equal(Store.Find(begun.RunId), read);
        Assert.Equal((RunOutcome.Done, 5, "/1.log"), (read.Outcome, read.Pid, read.LogPath));
    }

    private long[] Read(HistoryQuery query) => [.. Store.History(query).Select(run => run.RunId)];
}
