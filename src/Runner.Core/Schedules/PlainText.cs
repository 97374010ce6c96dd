using System.Buffers;

namespace Runner.Core.Schedules;

/// <summary>
/// Finds the first character of a line that plain UTF-8 text cannot hold: a control
/// character other than tab, U+FFFD (what invalid UTF-8 decodes to), a byte order mark
/// after the start of the file, or an unpaired surrogate.
/// </summary>
internal static class PlainText
{
    // Built from a literal (not a generated list of the surrogates): a cheap static constructor at start-up.
    // Surrogates are looked for separately with IndexOfAnyInRange.
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000A\u000B\u000C\u000D\u000E\u000F" // C0 controls, tab excepted
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" // DEL and C1 controls
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\uFEFF\uFFFD");

    /// <summary>The index of the first bad character and what is wrong with it; -1 and null when none.</summary>
    public static int FindInvalid(string line, out string? message)
    {
        var from = 0;
        while (from < line.Length)
        {
            var found = FirstSuspect(line.AsSpan(from));
            if (found < 0)
            {
                break;
            }

            var index = from + found;
            var c = line[index];
            if (char.IsHighSurrogate(c) && index + 1 < line.Length && char.IsLowSurrogate(line[index + 1]))
            {
                from = index + 2;
                continue;
            }

            message = c switch
            {
                '\uFFFD' => ScheduleMessages.InvalidUtf8(),
                '\uFEFF' => ScheduleMessages.StrayByteOrderMark(),
                _ when char.IsSurrogate(c) => ScheduleMessages.LoneSurrogate(c),
                _ => ScheduleMessages.ControlCharacter(c),
            };
            return index;
        }

        message = null;
        return -1;
    }

    /// <summary>The index of the first suspect character or surrogate (checked for a partner by the caller); -1 when none.</summary>
    private static int FirstSuspect(ReadOnlySpan<char> text)
    {
        var suspect = text.IndexOfAny(Suspects);
        var surrogate = (suspect < 0 ? text : text[..suspect]).IndexOfAnyInRange('\uD800', '\uDFFF');
        return surrogate >= 0 ? surrogate : suspect;
    }
}
