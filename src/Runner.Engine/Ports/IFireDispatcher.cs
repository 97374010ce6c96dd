namespace Runner.Engine.Ports;

/// <summary>
/// Takes a claimed fire from the scheduler loop and runs it in the background (overlap policy,
/// run pipeline). <see cref="Dispatch"/> returns at once (the loop never waits for a run) with
/// what it did; it does no I/O on the caller's thread.
/// </summary>
public interface IFireDispatcher
{
    Dispatched Dispatch(Fire fire);
}
