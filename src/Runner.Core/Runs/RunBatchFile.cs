using Runner.Core.Diagnostics;
using Runner.Core.Schedules;
using Runner.Core.Triggers;

namespace Runner.Core.Runs;

/// <summary>
/// Reads the file of <c>runner run jobs FILE</c>: one run a line, <c>ID [TRIGGER]</c>, the id
/// a non-negative integer, then blanks, then the rest of the line as the trigger
/// (<see cref="TriggerParser"/>: <c>2019-01-01/08:00:00</c> and <c>2019-01-01 08:00:00</c>
/// alike); no trigger means "now". Blank lines and lines starting with <c>#</c> are skipped, and
/// a <c>#</c> after a blank ends a line. Every error is collected before anything runs.
/// </summary>
public static class RunBatchFile
{
    public static RunBatch Parse(string text, string source, TimeZoneInfo zone)
    {
        var entries = new List<RunBatchEntry>();
        var errors = new List<Diagnostic>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var entry = Read(lines[index].TrimEnd('\r'), index + 1, source, zone, errors);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return new RunBatch(entries, errors);
    }

    private static RunBatchEntry? Read(string line, int number, string source, TimeZoneInfo zone, List<Diagnostic> errors)
    {
        var content = WithoutComment(line);
        var idStart = Skip(content, 0, blank: true);
        if (idStart == content.Length)
        {
            return null;
        }

        var idEnd = Skip(content, idStart, blank: false);
        var idText = content[idStart..idEnd];
        var triggerStart = Skip(content, idEnd, blank: true);
        var triggerText = content[triggerStart..].TrimEnd();
        DateTimeOffset? trigger = null;
        var valid = JobId.TryParse(idText, out var id);
        if (!valid)
        {
            var message = JobId.IsDigits(idText) ? RunMessages.BatchIdTooLarge(idText) : RunMessages.BatchNotAnId(idText);
            errors.Add(new Diagnostic(source, number, idStart + 1, message));
        }

        if (triggerText.Length > 0)
        {
            trigger = TriggerParser.Parse(triggerText, zone, out var error);
            if (error is not null)
            {
                errors.Add(new Diagnostic(source, number, triggerStart + 1, error));
                valid = false;
            }
        }

        return valid ? new RunBatchEntry(number, id, trigger) : null;
    }

    /// <summary>The line up to a <c>#</c> that starts it or follows a blank.</summary>
    private static string WithoutComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    /// <summary>The first index from <paramref name="start"/> whose character is not (or, with <paramref name="blank"/> false, is) a blank.</summary>
    private static int Skip(string text, int start, bool blank)
    {
        var i = start;
        while (i < text.Length && IsBlank(text[i]) == blank)
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';
}
