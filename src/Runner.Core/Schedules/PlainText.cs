namespace Runner.Core.Schedules;

/// <summary>
/// Finds the first character of a line that plain UTF-8 text cannot hold: a control
/// character other than tab, U+FFFD (what invalid UTF-8 decodes to), a byte order mark
/// after the start of the file, or an unpaired surrogate.
/// </summary>
internal static class PlainText
{
    /// <summary>The index of the first bad character and what is wrong with it; -1 and null when none.</summary>
    /// <remarks>
    /// A plain loop rather than <c>SearchValues</c>: a set with non-ASCII characters is built and
    /// JIT-compiled at every start of the command, which costs more than scanning a schedule's lines.
    /// </remarks>
    public static int FindInvalid(string line, out string? message)
    {
        for (var index = 0; index < line.Length; index++)
        {
            var c = line[index];
            if (!IsSuspect(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && index + 1 < line.Length && char.IsLowSurrogate(line[index + 1]))
            {
                index++;
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

    /// <summary>
    /// C0 controls (tab excepted), DEL and C1 controls, surrogates (checked for a partner),
    /// the byte order mark and U+FFFD.
    /// </summary>
    private static bool IsSuspect(char c) =>
        c is (< ' ' and not '\t') or (>= '\u007F' and <= '\u009F') or (>= '\uD800' and <= '\uDFFF') or '\uFEFF' or '\uFFFD';
}
