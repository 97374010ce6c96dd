namespace Runner.Engine.Ports;

/// <summary>
/// How a process ended: its exit status, or the signal that ended it (Unix). <see cref="Code"/>
/// is the status a shell would report: the exit status, or 128 + the signal number.
/// </summary>
public sealed record ProcessExit(int Code, int? Signal)
{
    public bool Signaled => Signal is not null;
}
