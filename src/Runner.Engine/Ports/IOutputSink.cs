namespace Runner.Engine.Ports;

/// <summary>
/// Receives a process's output line by line as it comes (not at the end). Lines arrive
/// without their terminator; a line longer than the launcher's cap arrives cut, with the
/// rest dropped. Calls may come from two reader threads; implementations serialize.
/// </summary>
public interface IOutputSink
{
    void Line(string text, bool fromStdErr);
}
