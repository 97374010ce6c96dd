using System.Buffers;

namespace Runner.Core.Schedules;

/// <summary>
/// Finds the first character of a line that plain UTF-8 text cannot hold: a control
/// character other than tab, U+FFFD (what invalid UTF-8 decodes to), a byte order mark
/// after the start of the file, or an unpaired surrogate.
/// </summary>
internal static class PlainText
{
    private static readonly SearchValues<char> Suspects = SearchValues.Create(BuildSuspects());

    /// <summary>The index of the first bad character and what is wrong with it; -1 and null when none.</summary>
    public static int FindInvalid(string line, out string? message)
    {
        var from = 0;
        while (from < line.Length)
        {
            var found = line.AsSpan(from).IndexOfAny(Suspects);
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

    private static char[] BuildSuspects() =>
    [
        .. Chars(0x00, 0x1F).Where(c => c != '\t'), // C0 controls, tab excepted
        .. Chars(0x7F, 0x9F), // DEL and C1 controls
        .. Chars(0xD800, 0xDFFF), // surrogates: checked for a partner
        '\uFEFF',
        '\uFFFD',
    ];

    private static IEnumerable<char> Chars(int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(i => (char)i);
}
