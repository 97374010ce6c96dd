using System.CommandLine;
using Runner.Core.Configuration;
using Runner.Infrastructure.Editing;

namespace Runner.Cli.Commands;

/// <summary><c>runner edit job ID</c> (its script) and <c>runner edit config [job ID]</c>; config edits are checked after saving.</summary>
internal abstract class EditFileCommand(HomeFactory homes, Terminal.Terminal terminal, string noun)
    : RunnerCommand<EditFileCommand.Settings>(homes, terminal)
{
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>job ID: for `edit job ID` and `edit config job ID`.</summary>
        public string[] Args { get; init; } = [];
    }

    private readonly Argument<string[]> _args = CliValues.Words<string[]>("ARGS", ArgumentArity.ZeroOrMore);

    protected override IEnumerable<Symbol> Symbols => [_args];

    protected override Settings Bind(ParseResult parse) => new() { Args = parse.GetValue(_args) ?? [] };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        var target = Target(home, settings.Args);
        if (target.Value is not { } path)
        {
            return Fail(target.Problem!);
        }

        if (!Terminal.Interactive)
        {
            Terminal.Error($"edit needs a terminal for the editor; edit {path} directly");
            return ExitCode.Usage;
        }

        var editor = Editor.Choose(home.Settings.Load().Config.Get(SectionNames.Manager, "editor")?.Value ?? string.Empty, Homes.Variables);
        var status = editor.Open(path);
        if (noun == "config")
        {
            var problems = home.Setup.Check().Problems.Where(p => p.Source.EndsWith("config.ini", StringComparison.Ordinal)).ToList();
            foreach (var problem in problems)
            {
                Terminal.Line(problem.ToString());
            }

            if (problems.Any(p => p.IsError))
            {
                return ExitCode.InvalidSetup;
            }
        }

        return status == 0 ? ExitCode.Success : ExitCode.JobFailed;
    }

    private Engine.Jobs.Outcome<string> Target(HomeServices home, string[] args)
    {
        if (noun == "config" && args.Length == 0)
        {
            return home.Home.ConfigPath;
        }

        var idText = noun == "job" && args.Length == 1 ? args[0]
            : noun == "config" && args.Length == 2 && args[0].Equals("job", StringComparison.OrdinalIgnoreCase) ? args[1]
            : null;
        if (!int.TryParse(idText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return new Engine.Jobs.Problem(Engine.Jobs.ProblemKind.BadInput, "write `runner edit schedule`, `runner edit job ID`, `runner edit config` or `runner edit config job ID`");
        }

        var job = home.Jobs.FindJob(id);
        if (job.Value is not { } found)
        {
            return job.Problem!;
        }

        return noun == "job" ? home.Home.Resolve(found.File) : home.Home.JobConfigPath(id);
    }
}

/// <summary><c>runner edit job ID</c>: opens the job's script.</summary>
internal sealed class EditJobCommand(HomeFactory homes, Terminal.Terminal terminal) : EditFileCommand(homes, terminal, "job");

/// <summary><c>runner edit config [job ID]</c>: opens the main or the job's config.ini.</summary>
internal sealed class EditConfigCommand(HomeFactory homes, Terminal.Terminal terminal) : EditFileCommand(homes, terminal, "config");
