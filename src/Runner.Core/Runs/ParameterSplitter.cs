using Runner.Core.Diagnostics;

namespace Runner.Core.Runs;

/// <summary>
/// Splits a text into words the way a POSIX shell does, without being one: blanks (space,
/// tab, line breaks) separate words; <c>'...'</c> keeps everything literally; <c>"..."</c>
/// keeps everything but the escapes <c>\"</c> <c>\\</c> <c>\$</c> <c>\`</c>; a backslash
/// outside quotes keeps the next character; adjacent parts join into one word; <c>''</c> is
/// an empty word. Nothing else is special: no variables, globs, comments, <c>;</c>, <c>|</c>
/// or <c>&amp;&amp;</c>. An unclosed quote and a trailing backslash are errors.
/// </summary>
public static class ParameterSplitter
{
    /// <summary>The words of <paramref name="text"/>, or every problem found.</summary>
    public static ParameterResult Split(string text)
    {
        var problems = new List<ParameterError>();
        var words = Words(text, problems);
        return Result([.. words.Select(w => w.Text)], problems);
    }

    /// <summary>The result of words and problems: no words when any problem is an error; problems by column.</summary>
    internal static ParameterResult Result(IReadOnlyList<string> words, List<ParameterError> problems)
    {
        var ordered = problems.OrderBy(p => p.Column).ToList();
        return new ParameterResult(ordered.All(p => !p.IsError) ? words : [], ordered);
    }

    /// <summary>The words with the source column of each character; problems are added to <paramref name="problems"/>.</summary>
    internal static List<ShellWord> Words(string text, List<ParameterError> problems)
    {
        var words = new List<ShellWord>();
        ShellWord? word = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsBlank(c))
            {
                if (word is not null)
                {
                    words.Add(word);
                    word = null;
                }

                i++;
                continue;
            }

            word ??= new ShellWord();
            i = c switch
            {
                '\'' => SingleQuoted(text, i, word, problems),
                '"' => DoubleQuoted(text, i, word, problems),
                '\\' => Escaped(text, i, word, problems),
                _ => Literal(text, i, word, problems),
            };
        }

        if (word is not null)
        {
            words.Add(word);
        }

        return words;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\n' or '\r';

    private static int SingleQuoted(string text, int open, ShellWord word, List<ParameterError> problems)
    {
        var close = text.IndexOf('\'', open + 1);
        var end = close < 0 ? text.Length : close;
        for (var i = open + 1; i < end; i++)
        {
            Literal(text, i, word, problems);
        }

        if (close < 0)
        {
            problems.Add(new ParameterError(open + 1, RunMessages.UnclosedQuote('\'')));
            return text.Length;
        }

        return close + 1;
    }

    private static int DoubleQuoted(string text, int open, ShellWord word, List<ParameterError> problems)
    {
        var i = open + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                return i + 1;
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$' or '`')
            {
                Literal(text, i + 1, word, problems);
                i += 2;
            }
            else if (c == '\\' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i += 2;
            }
            else
            {
                i = Literal(text, i, word, problems);
            }
        }

        problems.Add(new ParameterError(open + 1, RunMessages.UnclosedQuote('"')));
        return text.Length;
    }

    private static int Escaped(string text, int backslash, ShellWord word, List<ParameterError> problems)
    {
        if (backslash + 1 == text.Length)
        {
            problems.Add(new ParameterError(backslash + 1, RunMessages.TrailingBackslash()));
            return text.Length;
        }

        var next = text[backslash + 1];
        if (next == '\n')
        {
            return backslash + 2;
        }

        if (char.IsLetterOrDigit(next) && !word.WarnedBackslash)
        {
            word.WarnedBackslash = true;
            problems.Add(new ParameterError(backslash + 1, RunMessages.BackslashDropped(next)) { Severity = DiagnosticSeverity.Warning });
        }

        return Literal(text, backslash + 1, word, problems);
    }

    private static int Literal(string text, int index, ShellWord word, List<ParameterError> problems)
    {
        var c = text[index];
        if (c == '\0')
        {
            problems.Add(new ParameterError(index + 1, RunMessages.NulCharacter()));
        }
        else
        {
            word.Add(c, index + 1);
        }

        return index + 1;
    }
}
