using System.Text;
using Runner.Infrastructure.Processes;

namespace Runner.Infrastructure.Tests.Processes;

public sealed class LineSplitterTests
{
    // Bytes are written as C# strings with \xNN-free escapes: "\u00FF" stands for the single
    // byte 0xFF (Latin-1 below), so invalid UTF-8 can be spelled in a table. Lines are joined
    // with "|" in the expected column.
    [Theory]
    // ---- splitting
    [InlineData("a\nb\n", 100, "a|b")]
    [InlineData("a\n\nb\n", 100, "a||b")]
    [InlineData("\n", 100, "")]
    [InlineData("", 100, null)]
    // ---- a last line without LF arrives at the end
    [InlineData("a\nlast", 100, "a|last")]
    // ---- CR before LF is dropped, elsewhere kept
    [InlineData("dos\r\nunix\n", 100, "dos|unix")]
    [InlineData("a\rb\n", 100, "a\rb")]
    [InlineData("\r\n", 100, "")]
    // ---- the cap: a longer line arrives cut, its rest is dropped up to its LF
    [InlineData("0123456789\nshort\n", 4, "0123|shor")]
    [InlineData("0123\n", 4, "0123")]
    [InlineData("01234\n", 4, "0123")]
    [InlineData("0123456789", 4, "0123")]
    [InlineData("0123456789\nab", 4, "0123|ab")]
    // ---- the cut never splits a character (é = C3 A9, € = E2 82 AC, 😀 = F0 9F 98 80)
    [InlineData("abc\u00C3\u00A9xyz\n", 4, "abc")]
    [InlineData("ab\u00C3\u00A9xyz\n", 4, "abé")]
    [InlineData("ab\u00E2\u0082\u00ACxyz\n", 4, "ab")]
    [InlineData("a\u00F0\u009F\u0098\u0080xyz\n", 4, "a")]
    [InlineData("\u00F0\u009F\u0098\u0080xyz\n", 4, "😀")]
    // ---- invalid UTF-8 becomes U+FFFD, never an exception
    [InlineData("ok \u00FF\u00FE end\n", 100, "ok \uFFFD\uFFFD end")]
    [InlineData("\u00C3\n", 100, "\uFFFD")]
    [InlineData("\u00A9\u00A9\u00A9\u00A9\u00A9\u00A9\n", 4, "\uFFFD\uFFFD\uFFFD\uFFFD")]
    public void Cuts_bytes_into_lines(string latin1, int cap, string? expected)
    {
        var bytes = Encoding.Latin1.GetBytes(latin1);
        var wanted = expected is null ? [] : expected.Split('|');

        Assert.Equal(wanted, Split(bytes, cap, chunk: bytes.Length + 1));
        Assert.Equal(wanted, Split(bytes, cap, chunk: 1));
        Assert.Equal(wanted, Split(bytes, cap, chunk: 3));
    }

    [Fact]
    public void A_huge_line_costs_no_more_than_the_cap()
    {
        var lines = new List<string>();
        using var splitter = new LineSplitter(1000, lines.Add);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 1000; i++)
        {
            splitter.Push(chunk);
        }

        splitter.Push("\nnext\n"u8);
        splitter.Finish();

        Assert.Equal(new[] { new string('x', 1000), "next" }, lines);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 100_000, "64 MB of one line must not be kept");
    }

    private static List<string> Split(byte[] bytes, int cap, int chunk)
    {
        var lines = new List<string>();
        using var splitter = new LineSplitter(cap, lines.Add);
        for (var i = 0; i < bytes.Length; i += chunk)
        {
            splitter.Push(bytes.AsSpan(i, Math.Min(chunk, bytes.Length - i)));
        }

        splitter.Finish();
        return lines;
    }
}
