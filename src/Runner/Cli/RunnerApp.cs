using System.Runtime.CompilerServices;
using Runner.Cli.Commands;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;

namespace Runner.Cli;

/// <summary>
/// The command line: help in the original's style (<c>runner</c>, <c>runner help</c>,
/// <c>runner COMMAND help</c>, <c>--help</c>), then the framework parses and dispatches to a
/// command. Parse errors exit 2; unexpected errors print one line (a stack trace only with --debug).
/// </summary>
internal static class RunnerApp
{
    /// <summary>
    /// Starts, on another core, the framework's parse of its help styles from markup: its settings
    /// run that static constructor for every command, help or not (about a tenth of a command's
    /// start), and the composition root has the environment and the console to read meanwhile.
    /// A failure is not lost: the framework meets the same type initialization error when it runs.
    /// </summary>
    public static void Prepare() =>
        new Thread(() =>
        {
            try
            {
                RuntimeHelpers.RunClassConstructor(typeof(HelpProviderStyle).TypeHandle);
            }
            catch (TypeInitializationException)
            {
                // Thrown again, where it was before, when the framework first uses the styles.
            }
        })
        {
            IsBackground = true,
            Name = "help styles",
        }.Start();

    public static int Run(string[] args, HomeFactory homes, Terminal.Terminal terminal)
    {
        var debug = args.Contains("--debug", StringComparer.Ordinal);
        homes.OpenAhead(HomeOption(args));
        try
        {
            if (Help(args, homes, terminal) is { } helped)
            {
                return helped;
            }

            var ordered = GlobalOptionsLast(args);
            return Build(homes, terminal, ordered).Run(ordered);
        }
        catch (CommandAppException e)
        {
            terminal.Error($"{e.Message.TrimEnd('.')}; see `runner help` for the commands and `runner COMMAND help` for one");
            return (int)ExitCode.Usage;
        }
        catch (Exception e) when (!debug)
        {
            terminal.Error($"{e.Message} (run again with --debug for details)");
            return (int)ExitCode.JobFailed;
        }
    }

    /// <summary>Prints the help asked for and returns 0; null when no help was asked for.</summary>
    private static int? Help(string[] args, HomeFactory homes, Terminal.Terminal terminal)
    {
        var words = Words(args);
        var asked = args.Any(a => a is "--help" or "-h") || (words.Count > 0 && words[^1].Equals("help", StringComparison.OrdinalIgnoreCase));
        if (words.Count == 0 || (words.Count == 1 && words[0].Equals("help", StringComparison.OrdinalIgnoreCase)))
        {
            using var home = homes.Open(new GlobalSettings { Home = HomeOption(args) });
            if (home.Setup.EnsureConfig() is { } created)
            {
                terminal.Info($"File {created.Path} created.");
            }

            terminal.Out.Write(CommandCatalog.List());
            return 0;
        }

        if (!asked)
        {
            return null;
        }

        if (CommandCatalog.Find(words) is not var (entry, _))
        {
            terminal.Error($"'{string.Join(' ', words.SkipLast(1))}' is not a command; `runner help` lists them");
            return (int)ExitCode.Usage;
        }

        terminal.Out.Write(CommandCatalog.Help(entry.HelpKey));
        return 0;
    }

    /// <summary>The words of the command line that are not options or option values.</summary>
    private static List<string> Words(string[] args)
    {
        string[] takesValue = ["--home", "--name", "--desc", "--description", "--env", "--environment", "--file", "--month-day", "--week-day", "--hour", "--minute", "--second", "--params", "--parameters", "--active", "--from", "--count", "-n", "--last", "--status", "--to", "--subject", "--text", "--attach"];
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (takesValue.Contains(args[i], StringComparer.Ordinal))
            {
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                words.Add(args[i]);
            }
        }

        return words;
    }

    /// <summary>Moves options written before the command words (<c>runner --home X list jobs</c>) after them, where the parser takes them.</summary>
    private static string[] GlobalOptionsLast(string[] args)
    {
        var leading = new List<string>();
        var i = 0;
        while (i < args.Length && args[i].StartsWith('-'))
        {
            leading.Add(args[i]);
            if (args[i] == "--home" && i + 1 < args.Length)
            {
                leading.Add(args[++i]);
            }

            i++;
        }

        return [.. args.Skip(i), .. leading];
    }

    private static string? HomeOption(string[] args)
    {
        var at = Array.IndexOf(args, "--home");
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : args.FirstOrDefault(a => a.StartsWith("--home=", StringComparison.Ordinal))?["--home=".Length..];
    }

    /// <summary>
    /// The app with the commands under the first word of <paramref name="args"/> when it names one
    /// (the framework reflects over every command it is given, which is most of a command's start-up),
    /// else with all commands, so that an unknown command is reported as before.
    /// </summary>
    private static CommandApp Build(HomeFactory homes, Terminal.Terminal terminal, string[] args)
    {
        var only = Array.Find(Commands, c => args.Length > 0 && c.Name == args[0]);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.Settings.Registrar.RegisterInstance(homes);
            config.Settings.Registrar.RegisterInstance(terminal);
            config.Settings.Console = new DeferredConsole();
            config.SetApplicationName("runner");
            config.PropagateExceptions();
            config.Settings.StrictParsing = true;
            foreach (var command in only is null ? Commands : [only])
            {
                command.Add(config);
            }
        });
        return app;
    }

    /// <summary>The top-level commands and branches, in the order the framework is given them.</summary>
    private static readonly TopLevelCommand[] Commands =
    [
        new("create", config => config.AddBranch("create", create =>
        {
            create.AddCommand<CreateSchedulerCommand>("scheduler");
            create.AddCommand<CreateJobCommand>("job");
        })),
        new("list", config => config.AddBranch("list", list => list.AddCommand<ListJobsCommand>("jobs"))),
        new("edit", config => config.AddBranch("edit", edit =>
        {
            edit.AddCommand<EditScheduleCommand>("schedule");
            edit.AddCommand<EditJobCommand>("job");
            edit.AddCommand<EditConfigCommand>("config");
        })),
        new("delete", config => config.AddBranch("delete", delete => delete.AddCommand<DeleteJobCommand>("job"))),
        new("enable", config => config.AddBranch("enable", enable => enable.AddCommand<EnableJobCommand>("job"))),
        new("disable", config => config.AddBranch("disable", disable => disable.AddCommand<DisableJobCommand>("job"))),
        new("check", config => config.AddBranch("check", check => check.AddCommand<CheckScheduleCommand>("schedule"))),
        new("next", config => config.AddCommand<NextCommand>("next")),
        new("run", config => config.AddBranch("run", run =>
        {
            run.AddCommand<RunJobCommand>("job");
            run.AddCommand<RunJobsCommand>("jobs");
        })),
        new("start", config => config.AddBranch("start", start => start.AddCommand<StartSchedulerCommand>("scheduler"))),
        new("stop", config => config.AddBranch("stop", stop => stop.AddCommand<StopSchedulerCommand>("scheduler"))),
        new("status", config => config.AddBranch("status", status => status.AddCommand<StatusSchedulerCommand>("scheduler"))),
        new("hash", config => config.AddBranch("hash", hash => hash.AddCommand<HashPasswordCommand>("password"))),
        new("history", config => config.AddCommand<HistoryCommand>("history")),
        new("logs", config => config.AddCommand<LogsCommand>("logs")),
        new("notify", config => config.AddCommand<NotifyCommand>("notify")),
    ];

    /// <summary>A top-level command or branch: its word and how it is added to the app.</summary>
    private sealed record TopLevelCommand(string Name, Action<IConfigurator> Add);
}
