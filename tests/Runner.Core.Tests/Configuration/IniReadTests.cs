using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

public sealed class IniReadTests
{
    [Theory]
    // Separators and spacing
    [InlineData("[JOB]\ntimeout = 30", "30", 2, 11)]
    [InlineData("[JOB]\ntimeout=30", "30", 2, 9)]
    [InlineData("[JOB]\ntimeout: 30", "30", 2, 10)]
    [InlineData("[JOB]\n  timeout   =   30   ", "30", 2, 17)]
    [InlineData("[JOB]\ntimeout =", "", 2, 10)]
    [InlineData("[JOB]\ntimeout = ", "", 2, 11)]
    // The first = or : separates; the rest belongs to the value
    [InlineData("[JOB]\ntimeout = a=b:c", "a=b:c", 2, 11)]
    [InlineData("[JOB]\ntimeout: http://x:80/", "http://x:80/", 2, 10)]
    // No inline comments
    [InlineData("[JOB]\ntimeout = 30 # seconds", "30 # seconds", 2, 11)]
    [InlineData("[JOB]\ntimeout = 30 ; seconds", "30 ; seconds", 2, 11)]
    // Continuation lines: deeper indentation, joined with \n, each trimmed
    [InlineData("[JOB]\ntimeout = a\n  b\n\tc  ", "a\nb\nc", 2, 11)]
    [InlineData("[JOB]\ntimeout =\n  a\n  b", "\na\nb", 2, 10)]
    [InlineData("[JOB]\ntimeout = a\n\n  b\n\n", "a\n\nb", 2, 11)]
    [InlineData("[JOB]\ntimeout = a\n  # comment\n  b", "a\nb", 2, 11)]
    [InlineData("[JOB]\n  timeout = a\n  b = c", "a", 2, 13)]
    [InlineData("[JOB]\n  timeout = a\n    [x]", "a\n[x]", 2, 13)]
    // Case-insensitive sections and options; BOM and CRLF do not shift columns
    [InlineData("[job]\nTimeOut = 30", "30", 2, 11)]
    [InlineData("\uFEFF[Job]\r\nTIMEOUT = 30\r\n", "30", 2, 11)]
    [InlineData("[ JOB ]\ntimeout = 30", "30", 2, 11)]
    // A repeated section is merged
    [InlineData("[JOB]\nretries = 1\n[EMAIL]\nport = 2\n[JOB]\ntimeout = 30", "30", 6, 11)]
    // A repeated option: the first is kept
    [InlineData("[JOB]\ntimeout = 30\ntimeout = 40", "30", 2, 11)]
    public void Get_returns_the_value_and_where_it_starts(string text, string value, int line, int column)
    {
        var document = IniDocument.Parse(text, "config.ini", out _);

        Assert.Equal(new IniValue(value, line, column), document.Get("Job", "timeout"));
    }

    [Theory]
    [InlineData("[JOB]\nretries = 1", "JOB", "timeout")]
    [InlineData("[JOB]\ntimeout = 1", "EMAIL", "timeout")]
    [InlineData("timeout = 1", "JOB", "timeout")]
    [InlineData("[JOB]\nx\ntimeout", "JOB", "timeout")]
    public void Get_is_null_when_absent(string text, string section, string option)
    {
        Assert.Null(IniDocument.Parse(text, "config.ini", out _).Get(section, option));
    }

    [Fact]
    public void Sections_and_options_keep_file_order_and_first_spelling()
    {
        var document = IniDocument.Parse("[Job]\nB = 1\na = 2\n[EMAIL]\nhost = h\n[JOB]\nc = 3\nA = 4\n", "config.ini", out _);

        Assert.Equal(["Job", "EMAIL"], document.Sections);
        Assert.Equal(["B", "a", "c"], document.Options("job"));
        Assert.Empty(document.Options("LOG"));
        Assert.True(document.HasSection("email"));
        Assert.False(document.HasSection("log"));
    }

    [Theory]
    // Lines that are nothing ini knows
    [InlineData("[JOB]\njust words", 2, 1, "expected [SECTION], key = value or a comment (a line starting with # or ;)")]
    [InlineData("[JOB]\n   indented words", 2, 4, "expected [SECTION], key = value or a comment (a line starting with # or ;)")]
    // Malformed headers
    [InlineData("[JOB", 1, 1, "malformed section header '[JOB'; write [NAME] alone on its line")]
    [InlineData("  []", 1, 3, "malformed section header '[]'; write [NAME] alone on its line")]
    [InlineData("[JOB] x", 1, 1, "malformed section header '[JOB] x'; write [NAME] alone on its line")]
    [InlineData("[A[B]", 1, 1, "malformed section header '[A[B]'; write [NAME] alone on its line")]
    // Missing option name
    [InlineData("[JOB]\n= 30", 2, 1, "option name missing before '='; write name = value")]
    [InlineData("[JOB]\n  : 30", 2, 3, "option name missing before ':'; write name : value")]
    // An option before any section
    [InlineData("# intro\ntimeout = 30\n[JOB]", 2, 1, "option 'timeout' comes before any [SECTION] header; add a header such as [JOB] above it")]
    // Repeated section and option
    [InlineData("[JOB]\n\n[job]", 3, 1, "section [JOB] already started at line 1; its options are read as part of it: keep one [JOB] header")]
    [InlineData("[JOB]\n  timeout = 1\nTimeOut = 2", 3, 1, "option 'TimeOut' is already set in [JOB] at line 2; the first value is used: remove one of them")]
    [InlineData("[JOB]\ntimeout = 1\n[JOB]\ntimeout = 2", 3, 1, "section [JOB] already started at line 1; its options are read as part of it: keep one [JOB] header")]
    public void Errors_point_at_the_line_and_column(string text, int line, int column, string message)
    {
        IniDocument.Parse(text, "config.ini", out var errors);

        Assert.Equal(new Diagnostics.Diagnostic("config.ini", line, column, message), errors[0]);
    }

    [Fact]
    public void Every_error_is_collected()
    {
        IniDocument.Parse("a = 1\n[JOB]\nx\ntimeout = 1\ntimeout = 2\n[JOB\n", "job.ini", out var errors);

        Assert.Equal(
            ["job.ini:1:1", "job.ini:3:1", "job.ini:5:1", "job.ini:6:1"],
            errors.Select(e => $"{e.Source}:{e.Line}:{e.Column}"));
    }

    [Fact]
    public void A_repeated_option_and_its_continuation_lines_are_ignored()
    {
        var document = IniDocument.Parse("[JOB]\nx = 1\nx = 2\n  more\ny = 3", "config.ini", out _);

        Assert.Equal("1", document.Get("JOB", "x")!.Value);
        Assert.Equal("3", document.Get("JOB", "y")!.Value);
    }

    [Fact]
    public void Options_under_a_malformed_header_belong_to_no_section()
    {
        var document = IniDocument.Parse("[JOB]\nretries = 1\n[EMAIL\nhost = h\n[WEB]\nport = 1\n", "config.ini", out var errors);

        Assert.Equal(["JOB", "WEB"], document.Sections);
        Assert.Equal(["retries"], document.Options("JOB"));
        Assert.Equal("config.ini:3:1: malformed section header '[EMAIL'; write [NAME] alone on its line", Assert.Single(errors).ToString());
    }
}
