using Runner.Engine.Jobs;

namespace Runner.Cli;

/// <summary>
/// A thin command on a home: parse (done by the parser), call the application service, render,
/// return an exit status. Maps refused use cases to messages and statuses in one place.
/// </summary>
internal abstract class RunnerCommand<TSettings>(HomeFactory homes, Terminal.Terminal terminal) : CliCommand<TSettings>
    where TSettings : GlobalSettings, new()
{
    protected Terminal.Terminal Terminal => terminal;

    protected HomeFactory Homes => homes;

    public sealed override int Execute(TSettings settings)
    {
        using var home = homes.Open(settings);
        return (int)Run(home, settings);
    }

    protected abstract ExitCode Run(HomeServices home, TSettings settings);

    /// <summary>Prints every message of the problem and returns its exit status.</summary>
    protected ExitCode Fail(Problem problem)
    {
        foreach (var message in problem.Messages)
        {
            terminal.Error(message);
        }

        return problem.Kind switch
        {
            ProblemKind.BadInput => ExitCode.Usage,
            ProblemKind.InvalidSetup => ExitCode.InvalidSetup,
            ProblemKind.NoSuchJob => ExitCode.NoSuchJob,
            _ => ExitCode.JobFailed,
        };
    }

    /// <summary>Asks for confirmation unless --yes; false (with the reason printed) when not confirmed.</summary>
    protected bool Confirmed(GlobalSettings settings, out ExitCode refusal)
    {
        refusal = ExitCode.Success;
        if (settings.Yes)
        {
            return true;
        }

        switch (terminal.Confirm())
        {
            case true:
                return true;
            case false:
                terminal.Info("Cancelled; nothing was changed.");
                return false;
            default:
                terminal.Error("no confirmation: standard input is not a terminal and gave no answer; pass --yes to confirm");
                refusal = ExitCode.Usage;
                return false;
        }
    }
}
