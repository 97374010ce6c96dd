namespace Runner.Core.Schedules;

/// <summary>
/// One line of schedule.tsv exactly as read: its text without the terminator, and the
/// terminator itself (<c>"\n"</c>, <c>"\r\n"</c>, or empty on a last line without one).
/// A CR not followed by LF is part of the text, not a line break.
/// </summary>
public sealed record ScheduleLine(string Text, string Terminator)
{
    internal const string Lf = "\n";
    internal const string CrLf = "\r\n";

    /// <summary>True when the line is empty or holds only whitespace; such lines are ignored.</summary>
    public bool IsBlank => Text.AsSpan().IsWhiteSpace();

    /// <summary>True when the first non-whitespace character is <c>#</c>; comments are ignored and kept.</summary>
    public bool IsComment => Text.AsSpan().TrimStart().StartsWith('#');

    /// <summary>True for a line that is a row (or the header): neither blank nor a comment.</summary>
    public bool IsRow => !IsBlank && !IsComment;

    /// <summary>The cell at 0-based <paramref name="index"/> (tab-separated), or null when the line is shorter.</summary>
    public string? CellAt(int index)
    {
        var rest = Text.AsSpan();
        for (var i = 0; i < index; i++)
        {
            var tab = rest.IndexOf('\t');
            if (tab < 0)
            {
                return null;
            }

            rest = rest[(tab + 1)..];
        }

        var end = rest.IndexOf('\t');
        return (end < 0 ? rest : rest[..end]).ToString();
    }
}
