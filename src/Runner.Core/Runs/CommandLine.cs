namespace Runner.Core.Runs;

/// <summary>
/// The argument vector of a run, never given to a shell: the environment's command split
/// into words (<c>python3 -u</c>), then FILE as one word, then the expanded PARAMETERS. With
/// no environment command, FILE is the program. <see cref="Display"/> is the form shown in
/// the log header and by <c>runner run job</c>; splitting it gives the words back.
/// </summary>
public sealed class CommandLine
{
    public CommandLine(string program, IReadOnlyList<string> arguments)
    {
        Program = program;
        Arguments = arguments;
    }

    /// <summary>The program to start: the environment command's first word, or FILE.</summary>
    public string Program { get; }

    /// <summary>The arguments after the program.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The program and its arguments.</summary>
    public IReadOnlyList<string> Words => [Program, .. Arguments];

    /// <summary>The words joined by spaces, each quoted when it is empty or holds anything but letters, digits and <c>@%+=:,./-_</c>.</summary>
    public string Display => string.Join(' ', Words.Select(ShellQuote.Quote));

    /// <summary>
    /// The command line of one run: <paramref name="environmentCommand"/> (empty for none) is split
    /// but not expanded; <paramref name="file"/> is one word as given; <paramref name="parameters"/>
    /// are split and expanded (<see cref="RunArguments"/>). Null and every error when any part is wrong.
    /// </summary>
    public static CommandLine? Build(string environmentCommand, string file, string parameters, RunContext context, out IReadOnlyList<string> errors)
    {
        var found = new List<string>();
        var command = ParameterSplitter.Split(environmentCommand);
        found.AddRange(command.Errors.Select(e => RunMessages.InCommand(environmentCommand, e)));
        if (command.IsValid && command.Words.Count > 0 && command.Words[0].Length == 0)
        {
            found.Add(RunMessages.EmptyProgram(environmentCommand));
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            found.Add(RunMessages.EmptyFile());
        }

        var arguments = RunArguments.Build(parameters, context);
        found.AddRange(arguments.Errors.Select(RunMessages.InParameters));
        errors = found;
        if (found.Count > 0)
        {
            return null;
        }

        List<string> words = [.. command.Words, file, .. arguments.Words];
        return new CommandLine(words[0], words[1..]);
    }

    public override string ToString() => Display;
}
