using Runner.Core.Schedules;

namespace Runner.Core.Tests.Schedules;

/// <summary>
/// <see cref="ScheduleTable"/>'s reparse of a new version of a text gives the lines a fresh parse
/// gives, byte order mark, texts and terminators alike, and shares the unchanged lines' objects.
/// </summary>
public sealed class ScheduleTableReparseTests
{
    private static readonly string[] Pieces = ["a", "b\tc", "", " ", "#x", "\r", "é", "\uFEFF", "\uD83D\uDE00"];
    private static readonly string[] Newlines = ["\n", "\r\n", "\r", "\n\n"];

    [Theory]
    [InlineData("a\nb\nc\n", "a\nB\nc\n")]
    [InlineData("a\nb\nc\n", "a\nb\nc")]
    [InlineData("a\nb\nc", "a\nb\nc\n")]
    [InlineData("a\r\nb\r\n", "a\r\nb\n")]
    [InlineData("a\nb\n", "a\r\nb\n")]
    [InlineData("a\nb\n", "x\na\nb\n")]
    [InlineData("a\nb\n", "a\nb\nb\n")]
    [InlineData("a\na\na\n", "a\na\n")]
    [InlineData("\uFEFFa\nb\n", "a\nb\n")]
    [InlineData("a\nb\n", "\uFEFFa\nb\n")]
    [InlineData("a\nb\n", "")]
    [InlineData("", "a\n")]
    [InlineData("a\r", "a\r\n")]
    [InlineData("a\n\r\n", "a\n\n")]
    public void A_new_version_gives_the_lines_a_fresh_parse_gives(string before, string after) =>
        AssertSameAsParse(ScheduleTable.Parse(before), after);

    [Fact]
    public void Unchanged_lines_at_the_start_and_the_end_are_the_previous_lines_themselves()
    {
        var before = ScheduleTable.Parse("h\n1\n2\n3\n4\n");
        var after = ScheduleTable.Reparse(before, "h\n1\n2 changed\n3\n4\n", out var head);

        Assert.Equal(2, head);
        Assert.Same(before.Lines[1], after.Lines[1]);
        Assert.NotSame(before.Lines[2], after.Lines[2]);
        Assert.Same(before.Lines[3], after.Lines[3]);
        Assert.Same(before.Lines[4], after.Lines[4]);
    }

    [Fact]
    public void Random_versions_of_random_texts_give_what_a_fresh_parse_gives()
    {
        var random = new Random(20_261_203);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random);
            var table = ScheduleTable.Parse(text);
            for (var version = 0; version < 3; version++)
            {
                text = Edit(random, text);
                table = AssertSameAsParse(table, text);
            }
        }
    }

    private static ScheduleTable AssertSameAsParse(ScheduleTable previous, string text)
    {
        var reparsed = ScheduleTable.Reparse(previous, text, out _);
        var parsed = ScheduleTable.Parse(text);
        var context = $"previous {Escape(previous.ToText())}, text {Escape(text)}";
        Assert.True(parsed.HasByteOrderMark == reparsed.HasByteOrderMark, context);
        Assert.True(
            parsed.Lines.Select(l => (l.Text, l.Terminator)).SequenceEqual(reparsed.Lines.Select(l => (l.Text, l.Terminator))),
            $"lines differ; {context}");
        Assert.Equal(text, reparsed.ToText());
        return reparsed;
    }

    private static string RandomText(Random random)
    {
        var text = random.Next(6) == 0 ? "\uFEFF" : string.Empty;
        for (var i = random.Next(0, 8); i > 0; i--)
        {
            text += random.GetItems(Pieces, random.Next(0, 3)).Aggregate(string.Empty, string.Concat) + random.GetItems(Newlines, 1)[0];
        }

        return random.Next(4) == 0 && text.Length > 0 ? text[..random.Next(text.Length)] : text;
    }

    /// <summary>Inserts, deletes or replaces a random span, or adds or removes the byte order mark.</summary>
    private static string Edit(Random random, string text)
    {
        var at = random.Next(text.Length + 1);
        var length = random.Next(text.Length - at + 1);
        return random.Next(5) switch
        {
            0 => text.Insert(at, random.GetItems(Newlines, 1)[0]),
            1 => text.Remove(at, Math.Min(length, 3)),
            2 => text[..at] + RandomText(random) + text[(at + Math.Min(length, 5))..],
            3 => text.StartsWith('\uFEFF') ? text[1..] : "\uFEFF" + text,
            _ => text.Insert(at, random.GetItems(Pieces, 1)[0]),
        };
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
