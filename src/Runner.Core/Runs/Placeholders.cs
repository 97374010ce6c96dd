using System.Globalization;
using System.Text;
using Runner.Core.Configuration;
using Runner.Core.Triggers;

namespace Runner.Core.Runs;

/// <summary>
/// The placeholders of PARAMETERS, read inside each word after splitting: <c>{trigger}</c>,
/// <c>{trigger:FORMAT}</c>, <c>{id}</c>, <c>{name}</c>, <c>{run}</c> (names in any case);
/// <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
internal static class Placeholders
{
    public const string Trigger = "trigger";
    public const string Id = "id";
    public const string Name = "name";
    public const string Run = "run";

    /// <summary>The known placeholders as written, for messages and docs.</summary>
    public const string Known = "{trigger}, {trigger:FORMAT}, {id}, {name}, {run}";

    private static readonly string[] Names = [Trigger, Id, Name, Run];

    /// <summary>A trigger to try a format on when there is no run (checks without a context).</summary>
    private static readonly DateTimeOffset SampleTrigger = new(2019, 1, 1, 8, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The word with its placeholders replaced; without a context only checks them.</summary>
    public static string Expand(ShellWord word, RunContext? context, List<ParameterError> problems)
    {
        var text = word.Text;
        var expanded = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var doubled = i + 1 < text.Length && text[i + 1] == c;
            if (c is '{' or '}' && doubled)
            {
                expanded.Append(c);
                i += 2;
            }
            else if (c == '}')
            {
                problems.Add(new ParameterError(word.ColumnAt(i), RunMessages.StrayClosingBrace()));
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    problems.Add(new ParameterError(word.ColumnAt(i), RunMessages.UnclosedPlaceholder()));
                    break;
                }

                expanded.Append(Value(text[(i + 1)..close], word.ColumnAt(i), context, problems));
                i = close + 1;
            }
            else
            {
                expanded.Append(c);
                i++;
            }
        }

        return expanded.ToString();
    }

    private static string Value(string inside, int column, RunContext? context, List<ParameterError> problems)
    {
        var colon = inside.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? inside : inside[..colon];
        var format = colon < 0 ? null : inside[(colon + 1)..];
        var known = Array.Find(Names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        var problem = known switch
        {
            null => RunMessages.UnknownPlaceholder(inside, Spelling.Suggest(name, Names)),
            Trigger when format is { Length: 0 } => RunMessages.EmptyFormat(),
            Trigger when format is not null && !TryFormat(SampleTrigger, format, out _) => RunMessages.BadFormat(format),
            not Trigger when format is not null => RunMessages.FormatNotTaken(known),
            _ => null,
        };
        if (problem is not null)
        {
            problems.Add(new ParameterError(column, problem));
            return string.Empty;
        }

        if (context is null)
        {
            return string.Empty;
        }

        return known switch
        {
            Trigger when format is not null => TryFormat(context.Trigger, format, out var formatted) ? formatted : string.Empty,
            Trigger => TriggerParser.Format(context.Trigger),
            Id => context.JobId.ToString(CultureInfo.InvariantCulture),
            Name => context.JobName,
            _ => context.RunId.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Formats the trigger's wall-clock time (and offset) with a .NET date format; false when the format is invalid.</summary>
    private static bool TryFormat(DateTimeOffset trigger, string format, out string formatted)
    {
        try
        {
            formatted = trigger.ToString(format, CultureInfo.InvariantCulture);
            return true;
        }
        catch (FormatException)
        {
            formatted = string.Empty;
            return false;
        }
    }
}
