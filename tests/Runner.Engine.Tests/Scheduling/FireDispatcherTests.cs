using System.Collections.Concurrent;
using Runner.Core.Configuration;
using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Engine.Scheduling;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>The dispatcher's overlap policies and its draining stop, against runs the test ends by hand.</summary>
public sealed class FireDispatcherTests
{
    private static readonly DateTimeOffset T0 = TestJobs.At("2026-01-01T00:00:00Z");

    [Fact]
    public async Task Skip_records_a_skipped_run_while_the_job_runs()
    {
        var (dispatcher, runs, store, journal) = Make("skip");

        Assert.Equal(DispatchAction.Started, dispatcher.Dispatch(Fire(0)).Action);
        await runs.Started(1);
        var second = dispatcher.Dispatch(Fire(1));
        runs.EndAll();
        await dispatcher.StopAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((DispatchAction.Skipped, 2L), (second.Action, second.Run.RunId));
        Assert.Single(runs.Requests);
        var skipped = Assert.Single(store.Recorded);
        Assert.Equal((RunOutcome.Skipped, 2L), (skipped.Outcome, skipped.RunId));
        Assert.Equal(T0.AddSeconds(1), skipped.Trigger);
        Assert.Equal(SkipReason.Overlap, Assert.Single(journal.Of<Skipped>()).Reason);
    }

    [Fact]
    public async Task Queue_keeps_one_waiting_fire_and_starts_it_when_the_run_ends()
    {
        var (dispatcher, runs, store, _) = Make("queue");

        dispatcher.Dispatch(Fire(0));
        await runs.Started(1);
        Assert.Equal(DispatchAction.Queued, dispatcher.Dispatch(Fire(1)).Action);
        Assert.Equal(DispatchAction.Skipped, dispatcher.Dispatch(Fire(2)).Action);
        runs.End(0);
        await runs.Started(2);
        runs.EndAll();
        await dispatcher.StopAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([T0, T0.AddSeconds(1)], runs.Requests.Select(r => r.Trigger));
        Assert.Equal([1L, 2L], runs.Requests.Select(r => r.Begun!.RunId));
        Assert.Equal(T0.AddSeconds(2), Assert.Single(store.Recorded).Trigger);
    }

    [Fact]
    public async Task Parallel_starts_alongside()
    {
        var (dispatcher, runs, store, _) = Make("parallel");

        dispatcher.Dispatch(Fire(0));
        dispatcher.Dispatch(Fire(1));
        await runs.Started(2);

        Assert.Empty(store.Recorded);
        runs.EndAll();
        await dispatcher.StopAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Replace_cancels_the_running_run_and_starts_the_new_one()
    {
        var (dispatcher, runs, _, _) = Make("replace");

        dispatcher.Dispatch(Fire(0));
        await runs.Started(1);
        dispatcher.Dispatch(Fire(1));
        await runs.Started(2);

        Assert.True(runs.Tokens[0].IsCancellationRequested);
        Assert.False(runs.Tokens[1].IsCancellationRequested);
        runs.EndAll();
        await dispatcher.StopAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Stop_cancels_the_runs_still_running_after_the_grace_and_starts_nothing_more()
    {
        var (dispatcher, runs, _, _) = Make("skip");
        dispatcher.Dispatch(Fire(0));
        await runs.Started(1);

        await dispatcher.StopAsync(TimeSpan.Zero);
        var late = dispatcher.Dispatch(Fire(1));

        Assert.Equal(DispatchAction.Stopping, late.Action);
        Assert.True(runs.Tokens[0].IsCancellationRequested);
        Assert.Single(runs.Requests);
    }

    [Fact]
    public async Task Stop_waits_for_runs_ending_within_the_grace_without_cancelling_them()
    {
        var (dispatcher, runs, _, _) = Make("skip");
        dispatcher.Dispatch(Fire(0));
        await runs.Started(1);

        var stopping = dispatcher.StopAsync(TimeSpan.FromMinutes(5));
        runs.End(0);
        await stopping;

        Assert.False(runs.Tokens[0].IsCancellationRequested);
    }

    [Fact]
    public async Task A_job_with_nothing_in_flight_leaves_no_state_behind()
    {
        var (dispatcher, runs, _, _) = Make("queue");
        dispatcher.Dispatch(Fire(0));
        dispatcher.Dispatch(Fire(1));
        await runs.Started(1);
        Assert.Equal(1, dispatcher.BusyJobs);

        runs.End(0);
        await runs.Started(2);
        runs.End(1);
        await dispatcher.StopAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, dispatcher.BusyJobs);
    }

    private static OverlapPolicy _overlap;

    private static Fire Fire(int second)
    {
        var at = T0.AddSeconds(second);
        var job = Resolution.Of(TestJobs.EverySecond(7), overlap: _overlap);
        return new(job, at, TimeSpan.Zero, RunKind.OnTime, new RunRecord(second + 1, 7, job.Name, at, at, at, null, RunOutcome.Running, null, 1, "host", null, null, null, RunKind.OnTime));
    }

    private static (FireDispatcher, FakeRuns, FakeStore, RecordingJournal) Make(string overlap)
    {
        _overlap = Enum.Parse<OverlapPolicy>(overlap, ignoreCase: true);
        var runs = new FakeRuns();
        var store = new FakeStore();
        var journal = new RecordingJournal();
        var dispatcher = new FireDispatcher(runs.RunAsync, store, journal, TimeProvider.System);
        return (dispatcher, runs, store, journal);
    }

    /// <summary>Runs that last until the test ends them (or their token is cancelled: KILLED).</summary>
    private sealed class FakeRuns
    {
        private readonly Lock _gate = new();
        private readonly List<TaskCompletionSource> _ends = [];
        private readonly ConcurrentQueue<TaskCompletionSource> _waiters = new();

        public List<RunRequest> Requests { get; } = [];

        public List<CancellationToken> Tokens { get; } = [];

        public async Task<RunRecord> RunAsync(RunRequest request, CancellationToken token)
        {
            var end = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                Requests.Add(request);
                Tokens.Add(token);
                _ends.Add(end);
            }

            using var registration = token.Register(() => end.TrySetResult());
            await end.Task.ConfigureAwait(false);
            var outcome = token.IsCancellationRequested ? RunOutcome.Killed : RunOutcome.Done;
            return new RunRecord(Requests.IndexOf(request) + 1, request.Job.Id, request.Job.Name, request.Trigger, request.Scheduled, T0, T0, outcome, 0, 1, "host", null, null, null, request.Kind);
        }

        /// <summary>Completes when at least <paramref name="count"/> runs started.</summary>
        public async Task Started(int count)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                lock (_gate)
                {
                    if (Requests.Count >= count)
                    {
                        return;
                    }
                }

                await Task.Yield();
                limit.Token.ThrowIfCancellationRequested();
            }
        }

        public void End(int index)
        {
            lock (_gate)
            {
                _ends[index].TrySetResult();
            }
        }

        public void EndAll()
        {
            lock (_gate)
            {
                _ends.ForEach(e => e.TrySetResult());
            }
        }
    }

    private sealed class FakeStore : IRunStore
    {
        public ConcurrentBag<RunRecord> Recorded { get; } = [];

        public RunRecord Record(RunRecord run) => throw new NotSupportedException();

        public IReadOnlyList<RunRecord> Unfinished() => [];

        public RunRecord Begin(RunRecord run) => throw new NotSupportedException();

        public void Started(RunRecord run) => throw new NotSupportedException();

        public void Finish(RunRecord run) => Recorded.Add(run);

        public RunRecord? Find(long runId) => throw new NotSupportedException();

        public IReadOnlyList<RunRecord> History(HistoryQuery query) => throw new NotSupportedException();

        public IReadOnlyList<string> Prune(DateTimeOffset? olderThan, int? keepPerJob) => throw new NotSupportedException();
    }
}
