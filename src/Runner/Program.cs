using System.Collections;
using Runner.Cli;

// The composition root: the one place that reads the machine's environment, clock and zone.
var variables = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
{
    variables[(string)entry.Key] = entry.Value as string ?? string.Empty;
}

// A scheduler started by `start scheduler --detach`: a session of its own, and jobs do not see the variable.
if (variables.Remove(Runner.Infrastructure.Processes.Daemon.Variable))
{
    Environment.SetEnvironmentVariable(Runner.Infrastructure.Processes.Daemon.Variable, null);
    try
    {
        Runner.Infrastructure.Processes.Daemon.Enter();
    }
    catch (IOException e)
    {
        Console.Error.WriteLine($"ERROR: the background scheduler could not detach: {e.Message}");
        return (int)ExitCode.JobFailed;
    }
}

// Read on first use only: a home whose config.ini names a zone never needs the machine's.
#pragma warning disable RS0030 // The machine's zone is read here, once, and passed in everywhere else.
var machineZone = new Lazy<TimeZoneInfo>(() => TimeZoneInfo.Local);
#pragma warning restore RS0030

// Read on first use only (the system's description is read from a file): most commands write no run log.
var host = new Lazy<Runner.Engine.Ports.HostFacts>(() => new(
    Environment.MachineName,
    Environment.UserName,
    System.Runtime.InteropServices.RuntimeInformation.OSDescription,
    System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription));
var homes = new HomeFactory(variables, Environment.CurrentDirectory, TimeProvider.System, machineZone, host);
return RunnerApp.Run(args, homes, Runner.Cli.Terminal.Terminal.FromConsole());
