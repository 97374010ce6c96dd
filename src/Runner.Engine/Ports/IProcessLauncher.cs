namespace Runner.Engine.Ports;

/// <summary>Starts programs for runs.</summary>
public interface IProcessLauncher
{
    /// <summary>Starts <paramref name="spec"/>; its output goes to <paramref name="output"/> as it comes.</summary>
    /// <exception cref="ProcessStartException">The program could not be started (not found, not executable).</exception>
    IRunningProcess Start(ProcessSpec spec, IOutputSink output);
}
