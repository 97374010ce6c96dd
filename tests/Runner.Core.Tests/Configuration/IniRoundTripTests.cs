using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

public sealed class IniRoundTripTests
{
    [Theory]
    // Empty and trivial inputs
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\uFEFF")]
    [InlineData("   ")]
    // Line breaks: LF, CRLF, CR, mixed, no final newline
    [InlineData("[JOB]\ntimeout = 30\n")]
    [InlineData("[JOB]\r\ntimeout = 30\r\n")]
    [InlineData("[JOB]\rtimeout = 30\r")]
    [InlineData("[JOB]\r\ntimeout = 30\nretries = 2\r\n")]
    [InlineData("[JOB]\ntimeout = 30")]
    [InlineData("[JOB]\r\ntimeout = 30")]
    // Byte order mark
    [InlineData("\uFEFF[JOB]\ntimeout = 30\n")]
    [InlineData("\uFEFF[JOB]\r\ntimeout = 30")]
    // Comments and blank lines everywhere
    [InlineData("# head\n; other\n\n[JOB]\n  # indented comment\n\ntimeout = 30\n\n\n# tail")]
    // Odd spacing and separators
    [InlineData("[JOB]\ntimeout=30\nretries   :   2   \n\toverlap\t=\tskip\t\n")]
    [InlineData("  [ JOB ]  \ntimeout =\n")]
    // Continuation lines, blank lines inside values, comments inside values
    [InlineData("[JOB]\npersons = a@x.org,\n    b@x.org\n\n  c@x.org\n# note\n   d@x.org\n")]
    // Invalid lines are kept verbatim too
    [InlineData("garbage\n[JOB\n= 1\n[JOB]\nx\n")]
    public void Text_is_returned_exactly(string text)
    {
        var document = IniDocument.Parse(text, "config.ini", out _);

        Assert.Equal(text, document.ToText());
    }

    [Fact]
    public void Parse_never_throws_and_round_trips_random_text()
    {
        const string Alphabet = "[]=:#; \t\r\n\uFEFFaZ_-.\0\u00e9";
        var random = new Random(20240601);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

            var document = IniDocument.Parse(text, "fuzz.ini", out var errors);

            Assert.Equal(text, document.ToText());
            Assert.Same(errors, document.Errors);
        }
    }
}
