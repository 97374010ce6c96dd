namespace Runner.Engine.Ports;

/// <summary>
/// Takes a claimed fire from the scheduler loop and runs it in the background (overlap policy,
/// run pipeline). <see cref="Dispatch"/> returns at once: the loop never waits for a run.
/// </summary>
public interface IFireDispatcher
{
    void Dispatch(Fire fire);
}
