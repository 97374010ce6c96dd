namespace Runner.Engine.Scheduling.Events;

/// <summary>
/// A schedule was applied: <paramref name="JobCount"/> active jobs planned, of which
/// <paramref name="Added"/> new (or reactivated), <paramref name="Changed"/> with a new timing;
/// <paramref name="Removed"/> jobs left (deleted or deactivated). The others kept their next fire.
/// <paramref name="FromLedger"/>: the first schedule of the loop, whose jobs resume after their last claimed fire.
/// </summary>
public sealed record Reloaded(int JobCount, int Added, int Changed, int Removed, bool FromLedger) : SchedulerEvent;
