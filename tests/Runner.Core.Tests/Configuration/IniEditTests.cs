using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

public sealed class IniEditTests
{
    private const string Config =
        "# Runner\n"
        + "\n"
        + "[JOB]\n"
        + "# seconds\n"
        + "TimeOut   =  30\n"
        + "persons = a@x.org,\n"
        + "      b@x.org\n"
        + "; trailing note\n"
        + "\n"
        + "[EMAIL]\n"
        + "host: smtp\n";

    [Theory]
    // Replace in place: key spelling and separator spacing kept
    [InlineData("job", "timeout", "45", "TimeOut   =  45\n", "45")]
    [InlineData("JOB", "TIMEOUT", "", "TimeOut   =\n", "")]
    [InlineData("EMAIL", "host", " mail.example.com ", "host: mail.example.com\n", "mail.example.com")]
    // Multi-line values: the existing continuation indent is reused, each line trimmed
    [InlineData("JOB", "persons", "c@x.org", "persons = c@x.org\n; trailing note", "c@x.org")]
    [InlineData("JOB", "persons", "c@x.org,\n  d@x.org\r\n", "persons = c@x.org,\n      d@x.org\n; trailing", "c@x.org,\nd@x.org")]
    [InlineData("JOB", "timeout", "a\n\nb", "TimeOut   =  a\n\n    b\n", "a\n\nb")]
    [InlineData("JOB", "timeout", "\nb", "TimeOut   =\n    b\n", "\nb")]
    public void Set_replaces_a_value_in_place(string section, string option, string value, string fragment, string read)
    {
        var document = IniDocument.Parse(Config, "config.ini", out _);

        var changed = document.Set(section, option, value);

        Assert.Contains(fragment, changed.ToText(), StringComparison.Ordinal);
        Assert.Equal(read, changed.Get(section, option)!.Value);
        Assert.Empty(changed.Errors);
    }

    [Theory]
    // A missing option goes after the last option of its section, before trailing comments and blanks
    [InlineData("JOB", "retries", "2",
        "# Runner\n\n[JOB]\n# seconds\nTimeOut   =  30\npersons = a@x.org,\n      b@x.org\nretries = 2\n; trailing note\n\n[EMAIL]\nhost: smtp\n")]
    [InlineData("EMAIL", "port", "",
        "# Runner\n\n[JOB]\n# seconds\nTimeOut   =  30\npersons = a@x.org,\n      b@x.org\n; trailing note\n\n[EMAIL]\nhost: smtp\nport =\n")]
    [InlineData("email", "user", "me\nyou",
        "# Runner\n\n[JOB]\n# seconds\nTimeOut   =  30\npersons = a@x.org,\n      b@x.org\n; trailing note\n\n[EMAIL]\nhost: smtp\nuser = me\n    you\n")]
    // A missing section goes at the end of the file, after a blank line
    [InlineData("WEB", "port", "8080",
        "# Runner\n\n[JOB]\n# seconds\nTimeOut   =  30\npersons = a@x.org,\n      b@x.org\n; trailing note\n\n[EMAIL]\nhost: smtp\n\n[WEB]\nport = 8080\n")]
    public void Set_adds_a_missing_option_or_section(string section, string option, string value, string expected)
    {
        var document = IniDocument.Parse(Config, "config.ini", out _);

        Assert.Equal(expected, document.Set(section, option, value).ToText());
    }

    [Theory]
    // CRLF, BOM and a missing final newline are kept
    [InlineData("\uFEFF[JOB]\r\ntimeout = 1", "JOB", "retries", "2", "\uFEFF[JOB]\r\ntimeout = 1\r\nretries = 2")]
    [InlineData("[JOB]\r\ntimeout = 1\r\n", "JOB", "timeout", "2", "[JOB]\r\ntimeout = 2\r\n")]
    [InlineData("[JOB]\r\ntimeout = 1", "WEB", "port", "1", "[JOB]\r\ntimeout = 1\r\n\r\n[WEB]\r\nport = 1")]
    [InlineData("[JOB]\n\n\n", "WEB", "port", "1", "[JOB]\n\n\n[WEB]\nport = 1\n")]
    [InlineData("", "WEB", "port", "1", "[WEB]\nport = 1\n")]
    [InlineData("[JOB]", "JOB", "timeout", "1", "[JOB]\ntimeout = 1")]
    // A header without options; indented options keep their indentation
    [InlineData("[JOB]\n# c\n[WEB]\n", "JOB", "timeout", "1", "[JOB]\ntimeout = 1\n# c\n[WEB]\n")]
    [InlineData("[JOB]\n  a = 1\n", "JOB", "b", "2", "[JOB]\n  a = 1\n  b = 2\n")]
    // An empty value gains a space before a new value; an emptied one loses it
    [InlineData("[JOB]\ntimeout =\n", "JOB", "timeout", "5", "[JOB]\ntimeout = 5\n")]
    [InlineData("[JOB]\ntimeout=\n", "JOB", "timeout", "5", "[JOB]\ntimeout= 5\n")]
    [InlineData("[JOB]\ntimeout=1\n", "JOB", "timeout", "5", "[JOB]\ntimeout=5\n")]
    [InlineData("[JOB]\ntimeout = 1 \n", "JOB", "timeout", " ", "[JOB]\ntimeout =\n")]
    // Repeated sections: a new option goes to the last one; a repeated option: the first is set
    [InlineData("[JOB]\na = 1\n[WEB]\n[JOB]\nb = 2\n", "JOB", "c", "3", "[JOB]\na = 1\n[WEB]\n[JOB]\nb = 2\nc = 3\n")]
    [InlineData("[JOB]\na = 1\na = 2\n", "JOB", "a", "3", "[JOB]\na = 3\na = 2\n")]
    // Comments inside a multi-line value survive below it
    [InlineData("[JOB]\na = 1\n# c\n  2\nb = 3\n", "JOB", "a", "9", "[JOB]\na = 9\n# c\nb = 3\n")]
    public void Set_keeps_line_breaks_and_layout(string text, string section, string option, string value, string expected)
    {
        var document = IniDocument.Parse(text, "config.ini", out _);

        Assert.Equal(expected, document.Set(section, option, value).ToText());
    }

    [Theory]
    [InlineData(Config, "job", "PERSONS",
        "# Runner\n\n[JOB]\n# seconds\nTimeOut   =  30\n; trailing note\n\n[EMAIL]\nhost: smtp\n")]
    [InlineData(Config, "EMAIL", "host", "# Runner\n\n[JOB]\n# seconds\nTimeOut   =  30\npersons = a@x.org,\n      b@x.org\n; trailing note\n\n[EMAIL]\n")]
    [InlineData("[JOB]\na = 1\nb = 2", "JOB", "b", "[JOB]\na = 1")]
    [InlineData("[JOB]\r\na = 1\r\nb = 2\r\n", "JOB", "a", "[JOB]\r\nb = 2\r\n")]
    [InlineData("[JOB]\na = 1\na = 2\nb = 3\n", "JOB", "a", "[JOB]\nb = 3\n")]
    [InlineData("[JOB]\na = 1\n[JOB]\na = 2\n", "JOB", "a", "[JOB]\n[JOB]\n")]
    public void Remove_takes_out_the_option_with_its_continuation_lines(string text, string section, string option, string expected)
    {
        var document = IniDocument.Parse(text, "config.ini", out _);

        var changed = document.Remove(section, option);

        Assert.Equal(expected, changed.ToText());
        Assert.Null(changed.Get(section, option));
    }

    [Theory]
    [InlineData("JOB", "nothing")]
    [InlineData("NOWHERE", "timeout")]
    public void Remove_of_an_absent_option_changes_nothing(string section, string option)
    {
        var document = IniDocument.Parse(Config, "config.ini", out _);

        Assert.Same(document, document.Remove(section, option));
    }

    [Fact]
    public void Mutations_return_a_new_document_and_leave_the_old_one_alone()
    {
        var document = IniDocument.Parse(Config, "config.ini", out _);

        var changed = document.Set("JOB", "timeout", "1").Remove("EMAIL", "host");

        Assert.Equal(Config, document.ToText());
        Assert.Equal("config.ini", changed.Source);
        Assert.Equal("1", changed.Get("JOB", "timeout")!.Value);
    }

    [Theory]
    [InlineData("", "a", "1")]
    [InlineData("JO]B", "a", "1")]
    [InlineData("JOB", "", "1")]
    [InlineData("JOB", "a=b", "1")]
    [InlineData("JOB", "a:b", "1")]
    [InlineData("JOB", "#a", "1")]
    [InlineData("JOB", "[a", "1")]
    [InlineData("JOB", "a\nb", "1")]
    [InlineData("JOB", "a", "1\n# not a value")]
    [InlineData("JOB", "a", "1\n;nor this")]
    public void Set_refuses_what_ini_cannot_hold(string section, string option, string value)
    {
        var document = IniDocument.Parse(Config, "config.ini", out _);

        Assert.Throws<ArgumentException>(() => document.Set(section, option, value));
    }
}
