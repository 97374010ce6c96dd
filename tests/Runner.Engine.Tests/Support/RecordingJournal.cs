using Runner.Engine.Ports;
using Runner.Engine.Scheduling.Events;

namespace Runner.Engine.Tests.Support;

/// <summary>Collects every scheduler event.</summary>
public sealed class RecordingJournal : ISchedulerJournal
{
    private readonly Lock _gate = new();
    private readonly List<SchedulerEvent> _events = [];

    public IReadOnlyList<SchedulerEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public void Record(SchedulerEvent e)
    {
        lock (_gate)
        {
            _events.Add(e);
        }
    }

    public IReadOnlyList<T> Of<T>()
        where T : SchedulerEvent => [.. Events.OfType<T>()];
}
