using System.CommandLine;
using Runner.Engine.Jobs;

namespace Runner.Cli.Commands;

/// <summary><c>runner create scheduler</c>: name and description into config.ini; schedule.tsv, jobs/, logs/.</summary>
internal sealed class CreateSchedulerCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<CreateSchedulerCommand.Settings>(homes, terminal)
{
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>The scheduler's name; kept in config.ini [SCHEDULER] name.</summary>
        public string? Name { get; init; }

        /// <summary>The scheduler's description; kept in config.ini [SCHEDULER] description.</summary>
        public string? Description { get; init; }
    }

    private readonly Option<string?> _name = new("--name");
    private readonly Option<string?> _description = new("--desc", "--description");

    protected override IEnumerable<Symbol> Symbols => [_name, _description];

    protected override Settings Bind(ParseResult parse) => new() { Name = parse.GetValue(_name), Description = parse.GetValue(_description) };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        var name = settings.Name;
        var description = settings.Description;
        if (!settings.Yes && (name is null || description is null))
        {
            Terminal.Line(Terminal.Interactive ? "Please follow the steps to create the scheduler." : string.Empty);
            name ??= Blank(Terminal.Ask("Enter the name or leave empty to use default:"));
            description ??= Blank(Terminal.Ask("Enter the description or leave empty to use default:"));
        }

        if ((name ?? string.Empty).Contains('\n', StringComparison.Ordinal) || (description ?? string.Empty).Contains('\n', StringComparison.Ordinal))
        {
            Terminal.Error("--name and --desc take one line of text");
            return ExitCode.Usage;
        }

        Terminal.Info($"Creating scheduler {name ?? home.Settings.Load().Config.Get(Core.Configuration.SectionNames.Scheduler, "name")?.Value}...");
        foreach (var step in home.Setup.CreateScheduler(name, description))
        {
            var kind = Path.HasExtension(step.Path) ? "File" : "Folder";
            Terminal.Info(step.Action switch
            {
                SetupAction.Created => $"{kind} {step.Path} created.",
                SetupAction.Updated => $"{kind} {step.Path} updated.",
                _ => $"{kind} {step.Path} exists; left as it is.",
            });
        }

        return ExitCode.Success;
    }

    private static string? Blank(string? answer) => string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
}
