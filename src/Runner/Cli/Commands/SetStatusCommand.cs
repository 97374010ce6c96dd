using System.CommandLine;
namespace Runner.Cli.Commands;

/// <summary><c>runner enable job ID</c> and <c>runner disable job ID</c>: STATUS Y or N, edited in place.</summary>
internal abstract class SetStatusCommand(HomeFactory homes, Terminal.Terminal terminal, bool active)
    : RunnerCommand<JobIdSettings>(homes, terminal)
{
    private readonly Argument<int> _id = CliValues.JobId();

    protected override IEnumerable<Symbol> Symbols => [_id];

    protected override JobIdSettings Bind(ParseResult parse) => new() { Id = parse.GetValue(_id) };

    protected override ExitCode Run(HomeServices home, JobIdSettings settings)
    {
        var result = home.Jobs.SetActive(settings.Id, active);
        if (!result.Succeeded)
        {
            return Fail(result.Problem!);
        }

        Terminal.Info($"Job {settings.Id} {(active ? "enabled (STATUS Y)" : "disabled (STATUS N)")}.");
        return ExitCode.Success;
    }
}

/// <summary><c>runner enable job ID</c>.</summary>
internal sealed class EnableJobCommand(HomeFactory homes, Terminal.Terminal terminal) : SetStatusCommand(homes, terminal, active: true);

/// <summary><c>runner disable job ID</c>.</summary>
internal sealed class DisableJobCommand(HomeFactory homes, Terminal.Terminal terminal) : SetStatusCommand(homes, terminal, active: false);
