using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>Collects the fires the loop dispatches, and returns at once.</summary>
public sealed class RecordingDispatcher : IFireDispatcher
{
    private readonly Lock _gate = new();
    private readonly List<Fire> _fires = [];

    /// <summary>When set, every dispatch throws it.</summary>
    public Exception? Failure { get; set; }

    public IReadOnlyList<Fire> Fires
    {
        get
        {
            lock (_gate)
            {
                return [.. _fires];
            }
        }
    }

    public Dispatched Dispatch(Fire fire)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        lock (_gate)
        {
            _fires.Add(fire);
        }

        return new Dispatched(fire.Run, DispatchAction.Started, null);
    }

    /// <summary>The dispatched instants of one job, in UTC, in dispatch order.</summary>
    public IReadOnlyList<DateTimeOffset> InstantsOf(int jobId) =>
        [.. Fires.Where(f => f.Job.Id == jobId).Select(f => f.Scheduled.ToUniversalTime())];
}
