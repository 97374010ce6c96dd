using Runner.Engine.Scheduling.Events;

namespace Runner.Engine.Ports;

/// <summary>
/// Receives everything the scheduler loop decides, as typed events (the scheduler's log,
/// alarms and tests observe it). Called from the loop only, one event at a time; keep it quick.
/// </summary>
public interface ISchedulerJournal
{
    void Record(SchedulerEvent e);
}
