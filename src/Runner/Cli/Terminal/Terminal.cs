namespace Runner.Cli.Terminal;

/// <summary>
/// The command's console: output, errors, and answers. When standard input is not a terminal,
/// answers are read from it one a line without prompts, and its end means "the default":
/// nothing waits for a terminal that is not there.
/// </summary>
internal sealed class Terminal(TextReader input, TextWriter output, TextWriter error, bool interactive)
{
    public static Terminal FromConsole() => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);

    public bool Interactive { get; } = interactive;

    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    public void Line(string text = "") => Out.WriteLine(text);

    public void Info(string text) => Out.WriteLine($"INFO: {text}");

    public void Warning(string text) => Err.WriteLine($"WARNING: {text}");

    public void Error(string text) => Err.WriteLine($"ERROR: {text}");

    /// <summary>The next answer: asked at a terminal, else the next line of standard input; null at its end.</summary>
    public string? Ask(string prompt)
    {
        if (Interactive)
        {
            Out.WriteLine(prompt);
        }

        return input.ReadLine();
    }

    /// <summary>Asks <c>Are you sure? [y/N]</c>; y/yes/n/no in any case; asks again at a terminal on any other answer.</summary>
    public bool? Confirm()
    {
        while (true)
        {
            var answer = Ask("Are you sure? [y/N]");
            if (answer is null)
            {
                return null;
            }

            if (Core.Jobs.JobDraftRules.ParseYesNo(answer) is bool yes)
            {
                return yes;
            }

            if (answer.Trim().Length == 0)
            {
                return false;
            }

            if (!Interactive)
            {
                return null;
            }

            Out.WriteLine("Please answer y or n.");
        }
    }
}
