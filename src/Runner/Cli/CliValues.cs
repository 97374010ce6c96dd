using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Runner.Cli;

/// <summary>Arguments and options shared by several commands, and the parsing of whole numbers with errors that say what to write.</summary>
internal static class CliValues
{
    /// <summary>The job's id: the first argument of the commands that act on one job.</summary>
    public static Argument<int> JobId() => new("ID") { CustomParser = result => Whole<int>(result, "ID") };

    /// <summary>
    /// A word argument (a filter, a trigger, a file), <paramref name="arity"/> times; a token that
    /// looks like an option (<c>--x</c>, <c>-x</c>) is refused as an unknown option rather than taken as a word.
    /// </summary>
    public static Argument<T> Words<T>(string name, ArgumentArity arity)
    {
        var argument = new Argument<T>(name) { Arity = arity };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value is ['-', '-' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'), ..])
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return argument;
    }

    /// <summary>An option taking a whole number, <paramref name="fallback"/> when not given.</summary>
    public static Option<int> WholeOption(string name, int fallback, params string[] aliases) => new(name, aliases)
    {
        DefaultValueFactory = _ => fallback,
        CustomParser = result => Whole<int>(result, name),
    };

    /// <summary>
    /// <paramref name="option"/>, taking the last of its values when given more than once, as most
    /// tools do (an alias's <c>--home</c> overridden on its command line) instead of refusing the line.
    /// </summary>
    public static Option LastWins(Option option)
    {
        option.AllowMultipleArgumentsPerToken = true;
        return option;
    }

    /// <summary>The whole number of the token of <paramref name="result"/>; an error naming <paramref name="name"/> when it is not one.</summary>
    public static T Whole<T>(ArgumentResult result, string name)
        where T : struct, IBinaryInteger<T>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"{name}: '{text}' is not a whole number");
        return default;
    }
}
