using System.Collections.Immutable;

namespace Runner.Core.Schedules;

/// <summary>Splitting text into lines, and splitting a new version of a file again without copying its unchanged lines.</summary>
public sealed partial class ScheduleTable
{
    /// <summary>
    /// Parses <paramref name="text"/>, a new version of the text <paramref name="previous"/> came
    /// from, into the table <see cref="Parse"/> gives: the lines the two share at the start and at
    /// the end are <paramref name="previous"/>'s own line objects, only the lines in between are
    /// split from the text. <paramref name="head"/> is how many lines were shared from the start.
    /// </summary>
    internal static ScheduleTable Reparse(ScheduleTable previous, string text, out int head)
    {
        head = 0;
        var hasMark = text.Length > 0 && text[0] == ByteOrderMark;
        if (hasMark != previous.HasByteOrderMark)
        {
            return Parse(text);
        }

        var old = previous._lines;
        var position = hasMark ? 1 : 0;
        while (head < old.Length && position < text.Length)
        {
            var next = LineAt(text, position, out var end, out var terminator);
            if (!Same(old[head], text, position, end, terminator))
            {
                break;
            }

            (position, head) = (next, head + 1);
        }

        var stop = text.Length;
        var tail = 0;
        while (tail < old.Length - head && stop > position)
        {
            var start = LineBefore(text, position, stop, out var end, out var terminator);
            if (!Same(old[old.Length - 1 - tail], text, start, end, terminator))
            {
                break;
            }

            (stop, tail) = (start, tail + 1);
        }

        var lines = ImmutableArray.CreateBuilder<ScheduleLine>(head + tail + text.AsSpan(position, stop - position).Count('\n') + 1);
        lines.AddRange(old.AsSpan(0, head));
        AddLines(text, position, stop, lines);
        lines.AddRange(old.AsSpan(old.Length - tail, tail));
        return new ScheduleTable(hasMark, lines.DrainToImmutable());
    }

    /// <summary>Adds the lines of <paramref name="text"/> from <paramref name="start"/> (a line start) to <paramref name="stop"/> (a line start, or the end).</summary>
    private static void AddLines(string text, int start, int stop, ImmutableArray<ScheduleLine>.Builder lines)
    {
        while (start < stop)
        {
            var next = LineAt(text, start, out var end, out var terminator);
            lines.Add(new ScheduleLine(text[start..end], terminator));
            start = next;
        }
    }

    /// <summary>
    /// The line that starts at <paramref name="start"/>: where its text ends and its terminator (a CR
    /// not followed by LF is text); returns where the next line starts.
    /// </summary>
    private static int LineAt(string text, int start, out int end, out string terminator)
    {
        var lf = text.IndexOf('\n', start);
        if (lf < 0)
        {
            (end, terminator) = (text.Length, string.Empty);
            return text.Length;
        }

        var crlf = lf > start && text[lf - 1] == '\r';
        (end, terminator) = (crlf ? lf - 1 : lf, crlf ? ScheduleLine.CrLf : ScheduleLine.Lf);
        return lf + 1;
    }

    /// <summary>
    /// The line that ends just before <paramref name="stop"/> (after its terminator), found backwards
    /// no further than <paramref name="floor"/> (a line start): returns where it starts.
    /// </summary>
    private static int LineBefore(string text, int floor, int stop, out int end, out string terminator)
    {
        var terminated = text[stop - 1] == '\n';
        var last = terminated ? stop - 1 : stop;
        var lf = last > floor ? text.LastIndexOf('\n', last - 1, last - floor) : -1;
        var start = lf < 0 ? floor : lf + 1;
        var crlf = terminated && last > start && text[last - 1] == '\r';
        (end, terminator) = (crlf ? last - 1 : last, !terminated ? string.Empty : crlf ? ScheduleLine.CrLf : ScheduleLine.Lf);
        return start;
    }

    private static bool Same(ScheduleLine line, string text, int start, int end, string terminator) =>
        line.Terminator == terminator && text.AsSpan(start, end - start).SequenceEqual(line.Text);
}
