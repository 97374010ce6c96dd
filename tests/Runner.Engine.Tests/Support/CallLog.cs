namespace Runner.Engine.Tests.Support;

/// <summary>Calls in the order they were made, each with whether it was made inside a store's decide callback.</summary>
public sealed class CallLog
{
    private readonly Lock _gate = new();
    private readonly List<string> _calls = [];
    private readonly AsyncLocal<bool> _deciding = new();

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public void Add(string call)
    {
        lock (_gate)
        {
            _calls.Add(_deciding.Value ? $"{call} (inside decide)" : call);
        }
    }

    /// <summary>Runs a store's decide callback, marking the calls made meanwhile.</summary>
    public T Deciding<T>(Func<T> decide)
    {
        Add("decide");
        _deciding.Value = true;
        try
        {
            return decide();
        }
        finally
        {
            _deciding.Value = false;
        }
    }
}
