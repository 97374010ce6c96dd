using System.CommandLine;
using System.CommandLine.Parsing;

namespace Runner.Cli;

/// <summary>
/// The command line: help in the original's style (<c>runner</c>, <c>runner help</c>,
/// <c>runner COMMAND help</c>, <c>--help</c>), then the parser (System.CommandLine, over
/// <see cref="CommandTree"/>) parses and dispatches to a command. Parse errors exit 2;
/// unexpected errors print one line (a stack trace only with --debug).
/// </summary>
internal static class RunnerApp
{
    /// <summary>Arguments are taken as written: no response files (<c>@FILE</c>) expanded in a job's parameters.</summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>Exceptions reach <see cref="Run"/>, and the parser installs no signal handlers: commands own their stops.</summary>
    private static readonly InvocationConfiguration Invocation = new() { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };

    public static int Run(string[] args, HomeFactory homes, Terminal.Terminal terminal)
    {
        var debug = args.Contains("--debug", StringComparer.Ordinal);
        try
        {
            if (Help(args, homes, terminal) is { } helped)
            {
                return helped;
            }

            var parse = CommandTree.Build(homes, terminal).Parse(args, Parsing);
            if (parse.CommandResult.Command.Action is null)
            {
                terminal.Error($"'{Named(parse)}' is not a command; `runner help` lists them");
                return (int)ExitCode.Usage;
            }

            if (parse.Errors.Count > 0)
            {
                terminal.Error($"{parse.Errors[0].Message.TrimEnd('.')}; see `runner help` for the commands and `runner COMMAND help` for one");
                return (int)ExitCode.Usage;
            }

            return parse.Invoke(Invocation);
        }
        catch (Exception e) when (!debug)
        {
            terminal.Error($"{e.Message} (run again with --debug for details)");
            return (int)ExitCode.JobFailed;
        }
    }

    /// <summary>The words that named no command: those of the group they reached (<c>list</c>) and the first the parser could not match.</summary>
    private static string Named(ParseResult parse)
    {
        var words = new List<string>();
        for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            words.Insert(0, result.Command.Name);
        }

        words.AddRange(parse.UnmatchedTokens.Take(1));
        return string.Join(' ', words);
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

    /// <summary>The folder the last <c>--home</c> names, as the parser takes it (help is printed before the parse); null when none.</summary>
    private static string? HomeOption(string[] args)
    {
        string? home = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--home" && i + 1 < args.Length)
            {
                home = args[++i];
            }
            else if (args[i].StartsWith("--home=", StringComparison.Ordinal) || args[i].StartsWith("--home:", StringComparison.Ordinal))
            {
                home = args[i]["--home=".Length..];
            }
        }

        return home;
    }
}
