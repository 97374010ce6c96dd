using System.CommandLine;
using Runner.Cli.Commands;

namespace Runner.Cli;

/// <summary>
/// The commands of <c>runner</c> as the parser knows them: their words, their arguments and
/// options, and the command each one runs. Help is not the parser's: <see cref="CommandCatalog"/>
/// holds the pages, so the root has neither help nor version options, nor directives.
/// </summary>
internal static class CommandTree
{
    public static RootCommand Build(HomeFactory homes, Terminal.Terminal terminal)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand();
        root.Options.Clear();
        root.Directives.Clear();
        globals.AddTo(root);

        Command Define<T>(CliCommand<T> command, string word)
            where T : GlobalSettings, new() => command.Define(word, globals);

        root.Add(Branch("create", Define(new CreateSchedulerCommand(homes, terminal), "scheduler"), Define(new CreateJobCommand(homes, terminal), "job")));
        root.Add(Branch("list", Define(new ListJobsCommand(homes, terminal), "jobs")));
        root.Add(Branch(
            "edit",
            Define(new EditScheduleCommand(homes, terminal), "schedule"),
            Define(new EditJobCommand(homes, terminal), "job"),
            Define(new EditConfigCommand(homes, terminal), "config")));
        root.Add(Branch("delete", Define(new DeleteJobCommand(homes, terminal), "job")));
        root.Add(Branch("enable", Define(new EnableJobCommand(homes, terminal), "job")));
        root.Add(Branch("disable", Define(new DisableJobCommand(homes, terminal), "job")));
        root.Add(Branch("check", Define(new CheckScheduleCommand(homes, terminal), "schedule")));
        root.Add(Define(new NextCommand(homes, terminal), "next"));
        root.Add(Branch("run", Define(new RunJobCommand(homes, terminal), "job"), Define(new RunJobsCommand(homes, terminal), "jobs")));
        root.Add(Branch("start", Define(new StartSchedulerCommand(homes, terminal), "scheduler")));
        root.Add(Branch("stop", Define(new StopSchedulerCommand(homes, terminal), "scheduler")));
        root.Add(Branch("status", Define(new StatusSchedulerCommand(homes, terminal), "scheduler")));
        root.Add(Branch("hash", Define(new HashPasswordCommand(terminal), "password")));
        root.Add(Define(new HistoryCommand(homes, terminal), "history"));
        root.Add(Define(new LogsCommand(homes, terminal), "logs"));
        root.Add(Define(new NotifyCommand(homes, terminal), "notify"));
        return root;
    }

    /// <summary>A word that only groups commands (<c>create</c>, <c>list</c>...): given alone, the parser reports the missing command.</summary>
    private static Command Branch(string word, params Command[] commands)
    {
        var branch = new Command(word);
        foreach (var command in commands)
        {
            branch.Add(command);
        }

        return branch;
    }
}
