namespace Runner.Engine.Ports;

/// <summary>The lock serializing every read-modify-write of a home's files, across processes.</summary>
public interface IHomeLock
{
    /// <summary>Waits for the lock; disposing the result releases it.</summary>
    IDisposable Acquire();
}
