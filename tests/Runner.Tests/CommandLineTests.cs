using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>How the published <c>runner</c> parses its command line: options in any place, values taken as written, usage errors that say what to fix.</summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class CommandLineTests(PublishedRunner runner)
{
    [Theory]
    [InlineData("ERROR: 'list' is not a command; `runner help` lists them\n", "list")]
    [InlineData("ERROR: 'list things' is not a command; `runner help` lists them\n", "list", "things")]
    [InlineData("ERROR: 'frobnicate' is not a command; `runner help` lists them\n", "frobnicate", "jobs")]
    [InlineData("ERROR: ID: 'abc' is not a whole number; see `runner help` for the commands and `runner COMMAND help` for one\n", "next", "abc")]
    [InlineData("ERROR: --count: 'x' is not a whole number; see `runner help` for the commands and `runner COMMAND help` for one\n", "next", "0", "--count", "x")]
    [InlineData("ERROR: unknown option '--bogus'; see `runner help` for the commands and `runner COMMAND help` for one\n", "list", "jobs", "--bogus")]
    [InlineData("ERROR: Unrecognized command or argument '--bogus'; see `runner help` for the commands and `runner COMMAND help` for one\n", "next", "0", "--bogus")]
    [InlineData("ERROR: Required argument 'ID' missing for command: 'next'; see `runner help` for the commands and `runner COMMAND help` for one\n", "next")]
    public void A_command_line_the_parser_cannot_take_is_a_usage_error_saying_what_to_write(string error, params string[] args)
    {
        using var home = runner.NewScheduler();

        var result = runner.Run(home.Path, null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(error, result.Errors);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("--home", "HOME", "next", "0", "-n", "2")]
    [InlineData("--home", "HOME", "next", "0", "-n", "1", "--count", "2")]
    [InlineData("next", "0", "--home", "HOME", "--count", "2")]
    [InlineData("next", "--home=HOME", "0", "-n2")]
    [InlineData("next", "0", "-n:2", "--home:HOME")]
    public void Options_go_before_or_after_the_command_words_and_the_last_of_a_repeated_one_wins(params string[] args)
    {
        using var home = runner.NewScheduler();
        Assert.Equal(0, runner.Run(home.Path, null, "create", "job", "--name", "a", "--env", "", "--file", "/bin/true", "--hour", "8", "--minute", "0").ExitCode);
        using var elsewhere = new TempHome(); // The harness writes `--home ELSEWHERE` first: each line's own --home must win.

        var result = runner.Run(elsewhere.Path, null, [.. args.Select(a => a.Replace("HOME", home.Path, StringComparison.Ordinal))]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^(\d{4}-\d\d-\d\dT08:00:00\+00:00\n){2}$", result.Output);
    }

    [Fact]
    public void The_command_list_on_first_use_creates_config_ini_in_the_home_of_the_last_home_option()
    {
        using var first = new TempHome(); // The harness writes `--home FIRST` first.
        using var last = new TempHome();

        var result = runner.Run(first.Path, null, "--home", last.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(last.File("config.ini")));
        Assert.False(File.Exists(first.File("config.ini")));
    }

    [Fact]
    public void Parameters_that_start_with_a_dash_or_an_at_sign_are_taken_as_written()
    {
        using var home = runner.NewScheduler();

        var dashed = runner.Run(home.Path, null, "create", "job", "--name", "a", "--env", "", "--file", "/bin/echo", "--hour", "8", "--minute", "0", "--params", "-v --level=2");
        var at = runner.Run(home.Path, null, "create", "job", "--name", "b", "--env", "", "--file", "/bin/echo", "--hour", "8", "--minute", "0", "--params", "@list.txt");

        Assert.Equal(0, dashed.ExitCode);
        Assert.Equal(0, at.ExitCode);
        Assert.Equal(
            TempHome.ScheduleHeader + "0\ta\t\t\t/bin/echo\t*\t*\t8\t0\t0\t-v --level=2\tN\n1\tb\t\t\t/bin/echo\t*\t*\t8\t0\t0\t@list.txt\tN\n",
            home.Read("schedule.tsv"));
    }
}
