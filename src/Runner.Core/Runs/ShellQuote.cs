using System.Text;

namespace Runner.Core.Runs;

/// <summary>
/// Writes a word so that <see cref="ParameterSplitter"/> (and a POSIX shell) reads it back as
/// that one word: as it is when it holds only letters, digits and <c>@%+=:,./-_</c>, else in
/// single quotes, a single quote inside written <c>'\''</c>.
/// </summary>
internal static class ShellQuote
{
    public static string Quote(string word)
    {
        if (word.Length > 0 && word.All(IsSafe))
        {
            return word;
        }

        var quoted = new StringBuilder(word.Length + 2).Append('\'');
        foreach (var c in word)
        {
            quoted.Append(c == '\'' ? @"'\''" : c);
        }

        return quoted.Append('\'').ToString();
    }

    private static bool IsSafe(char c) => char.IsLetterOrDigit(c) || c is '@' or '%' or '+' or '=' or ':' or ',' or '.' or '/' or '-' or '_';
}
