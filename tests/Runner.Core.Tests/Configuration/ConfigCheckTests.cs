namespace Runner.Core.Tests.Configuration;

public sealed class ConfigCheckTests
{
    [Theory]
    // Bad values name the file, line and column of the value, the option as written and the allowed form
    [InlineData("[JOB]\ntimeout = abc", "config.ini:2:11: [JOB] timeout = 'abc' is not a number of seconds; write e.g. 30, 30s, 5m or 2h")]
    [InlineData("[JOB]\nretries = -1", "config.ini:2:11: [JOB] retries = '-1' is not a whole number of 0 or more; write e.g. 1")]
    [InlineData("[JOB]\nalarm_after = 0", "config.ini:2:15: [JOB] alarm_after = '0' is not a whole number of 1 or more; write e.g. 2")]
    [InlineData("[JOB]\novERlap = sometimes", "config.ini:2:11: [JOB] ovERlap = 'sometimes' is not a valid choice; write skip, queue, parallel or replace")]
    [InlineData("[JOB]\nmisfire = never", "config.ini:2:11: [JOB] misfire = 'never' is not a valid choice; write skip, once or all")]
    [InlineData("[JOB]\npersons = a@x.org, nobody", "config.ini:2:11: [JOB] persons = 'a@x.org, nobody' holds 'nobody', which is not an e-mail address; write addresses such as ops@example.com, separated by commas")]
    [InlineData("[LOG]\nconsole = maybe", "config.ini:2:11: [LOG] console = 'maybe' is not a yes/no value; write True or False (also yes/no, on/off, 1/0)")]
    [InlineData("[LOG]\nmax_size = big", "config.ini:2:12: [LOG] max_size = 'big' is not a size; write e.g. 10485760, 512k, 10MB or 1GB")]
    [InlineData("[EMAIL]\nport = 70000", "config.ini:2:8: [EMAIL] port = '70000' is not a whole number from 1 to 65535")]
    [InlineData("[EMAIL]\nneed_tls = maybe", "config.ini:2:12: [EMAIL] need_tls = 'maybe' is not a valid choice; write none, starttls or ssl")]
    [InlineData("[EMAIL]\naddress = runner", "config.ini:2:11: [EMAIL] address = 'runner' is not an e-mail address; write one address such as runner@example.com")]
    [InlineData("[SCHEDULER]\nschedule =", "config.ini:2:11: [SCHEDULER] schedule = '' is empty; write a path such as schedule.tsv")]
    [InlineData("[SCHEDULER]\ntimezone = Mars!", "config.ini:2:12: [SCHEDULER] timezone = 'Mars!' is not a time zone id; write an IANA id such as Europe/Berlin, a Windows id such as W. Europe Standard Time, or nothing for the machine's zone")]
    [InlineData("[WEBHOOK]\nurl = hooks.example.com", "config.ini:2:7: [WEBHOOK] url = 'hooks.example.com' is not a http or https URL; write e.g. https://example.com/path, or nothing")]
    // Secrets are never printed
    [InlineData("[DATABASE]\nurl = mysql://u:pw@h/db", "config.ini:2:7: [DATABASE] url = '***' is not a postgresql or postgres URL; write e.g. postgres://example.com/path, or nothing")]
    // Typos of known names; far-off unknown names are kept silently
    [InlineData("[JOB]\ntimeuot = 5", "config.ini:2:11: warning: unknown option 'timeuot' in [JOB]; did you mean 'timeout'?")]
    [InlineData("[JOB]\nretry_dealy = 5", "config.ini:2:15: warning: unknown option 'retry_dealy' in [JOB]; did you mean 'retry_delay'?")]
    [InlineData("[EMAIL]\nneed_tsl = True", "config.ini:2:12: warning: unknown option 'need_tsl' in [EMAIL]; did you mean 'need_tls'?")]
    [InlineData("[EMAIL]\nid = 1.2.3.4", "config.ini:2:6: warning: unknown option 'id' in [EMAIL]; did you mean 'ip'?")]
    [InlineData("[EMAL]\nhost = x", "config.ini:1:1: warning: unknown section [EMAL]; did you mean [EMAIL]?")]
    [InlineData("[JOB]\nnotes = ask Ana\n[MYSTUFF]\nx = 1", "")]
    // An option set under its name and its alias in one section
    [InlineData("[EMAIL]\nhost = a\nip = b", "config.ini:3:1: warning: [EMAIL] sets both 'host' and its old name 'ip'; 'host' is used: remove 'ip'")]
    // Environments need a command; include is allowed anywhere
    [InlineData("[ENVIRONMENT]\nvenv =", "config.ini:2:7: [ENVIRONMENT] venv has no command; write the program that runs such jobs, e.g. venv = python3 -u")]
    [InlineData("[LOG]\ninclude = extra.ini", "")]
    // Syntax errors come first-class, in line order with the rest
    [InlineData("garbage\n[JOB]\ntimeout = x", "config.ini:1:1: expected [SECTION], key = value or a comment (a line starting with # or ;)"
        + "|config.ini:3:11: [JOB] timeout = 'x' is not a number of seconds; write e.g. 30, 30s, 5m or 2h")]
    // Good values of every kind
    [InlineData("[JOB]\ntimeout = 1h30m\noverlap = QUEUE\npersons = Ops <ops@x.org>; b@x.org\n[EMAIL]\nneed_tls = yes\nip = 10.0.0.1", "")]
    public void File_values(string main, string expected)
    {
        var diagnostics = Configs.Layered(main: main).Check();

        Assert.Equal(expected, string.Join('|', diagnostics));
    }

    [Fact]
    public void An_environment_variable_is_named_as_the_origin()
    {
        var diagnostics = Configs.Layered(variables: Configs.Variables("RUNNER_JOB_TIMEOUT", "abc")).Check();

        Assert.Equal(
            [new Diagnostics.Diagnostic("RUNNER_JOB_TIMEOUT", 0, 0, "[JOB] timeout = 'abc' is not a number of seconds; write e.g. 30, 30s, 5m or 2h")],
            diagnostics);
    }

    [Fact]
    public void A_command_line_option_is_named_as_the_origin()
    {
        var diagnostics = Configs.Layered(commandLine: Configs.Options("JOB", "timeout", "abc")).Check();

        Assert.Equal(
            [new Diagnostics.Diagnostic("--timeout", 0, 0, "[JOB] timeout = 'abc' is not a number of seconds; write e.g. 30, 30s, 5m or 2h")],
            diagnostics);
    }

    [Fact]
    public void Overridden_bad_values_are_reported_too_layer_by_layer()
    {
        var diagnostics = Configs.Layered(
            main: "[JOB]\nretries = x",
            job: "[JOB]\nretries = y",
            variables: Configs.Variables("RUNNER_JOB_RETRIES", "z"),
            commandLine: Configs.Options("JOB", "retries", "2")).Check();

        Assert.Equal(["RUNNER_JOB_RETRIES", "jobs/7/config.ini", "config.ini"], diagnostics.Select(d => d.Source));
    }
}
