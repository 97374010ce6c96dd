using Runner.Engine.Ports;

namespace Runner.Engine.Notifications;

/// <summary>
/// The run history with alarms: a run's end is recorded together with its alarm state and the
/// messages it causes (<see cref="Alarms"/>), in one transaction; everything else passes through.
/// </summary>
public sealed class AlarmingRunStore(IRunStore inner, Alarms alarms) : IRunStore
{
    public RunRecord Begin(RunRecord run) => inner.Begin(run);

    public void Started(RunRecord run) => inner.Started(run);

    public void Finish(RunRecord run) => alarms.Finish(inner, run);

    public RunRecord Record(RunRecord run) => alarms.Record(inner, run);

    public RunRecord? Find(long runId) => inner.Find(runId);

    public IReadOnlyList<RunRecord> History(HistoryQuery query) => inner.History(query);

    public IReadOnlyList<RunRecord> Unfinished() => inner.Unfinished();

    public IReadOnlyList<string> Prune(DateTimeOffset? olderThan, int? keepPerJob) => inner.Prune(olderThan, keepPerJob);
}
