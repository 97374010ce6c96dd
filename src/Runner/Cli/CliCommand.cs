using System.CommandLine;

namespace Runner.Cli;

/// <summary>
/// A command of the command line: the arguments and options it takes beside the global ones,
/// the settings their parsed values give, and what it does with them.
/// </summary>
internal abstract class CliCommand<TSettings>
    where TSettings : GlobalSettings, new()
{
    /// <summary>The command's own arguments, in order, and options.</summary>
    protected virtual IEnumerable<Symbol> Symbols => [];

    /// <summary>The settings the parsed values of <see cref="Symbols"/> give (the global options are set after); none by default.</summary>
    protected virtual TSettings Bind(ParseResult parse) => new();

    /// <summary>Runs the command; returns its exit status.</summary>
    public abstract int Execute(TSettings settings);

    /// <summary>The command as the parser knows it, under the word <paramref name="word"/>.</summary>
    public Command Define(string word, GlobalOptions globals)
    {
        var command = new Command(word);
        foreach (var symbol in Symbols)
        {
            if (symbol is Argument argument)
            {
                command.Add(argument);
            }
            else
            {
                command.Add(CliValues.LastWins((Option)symbol));
            }
        }

        command.SetAction(parse => Execute(globals.Fill(Bind(parse), parse)));
        return command;
    }
}
