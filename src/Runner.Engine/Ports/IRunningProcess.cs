namespace Runner.Engine.Ports;

/// <summary>
/// A started process and everything it started: on Unix its own process group, on Windows a
/// job object. Ending it ends the whole tree, grandchildren included.
/// </summary>
public interface IRunningProcess : IDisposable
{
    /// <summary>The process id.</summary>
    int Id { get; }

    /// <summary>Completes when the process has exited and all its output has been delivered.</summary>
    Task<ProcessExit> Completion { get; }

    /// <summary>Asks the whole tree to stop (SIGTERM to the group; on Windows, the same as <see cref="Kill"/>).</summary>
    void Terminate();

    /// <summary>Ends the whole tree at once (SIGKILL to the group; on Windows, the job object is terminated).</summary>
    void Kill();
}
