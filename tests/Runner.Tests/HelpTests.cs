using Runner.Tests.Support;

namespace Runner.Tests;

[Collection(PublishedRunnerGroup.Name)]
public sealed class HelpTests(PublishedRunner runner)
{
    [Fact]
    public void First_use_creates_config_ini_then_prints_the_command_list()
    {
        using var home = new TempHome();

        var first = runner.Run(home.Path, null);
        var second = runner.Run(home.Path, null, "help");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(Expected.Read("help-first-use.txt", home.Path), first.Output);
        Assert.Equal(Expected.Read("help.txt"), second.Output);
        Assert.Contains("[SCHEDULER]", home.Read("config.ini"), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(home.File("config.ini")));
    }

    [Theory]
    [InlineData("create-scheduler", "create", "scheduler")]
    [InlineData("create-job", "create", "job")]
    [InlineData("list-jobs", "list", "jobs")]
    [InlineData("next", "next")]
    [InlineData("check-schedule", "check", "schedule")]
    [InlineData("edit-schedule", "edit", "schedule")]
    [InlineData("edit-job", "edit", "job")]
    [InlineData("edit-config", "edit", "config")]
    [InlineData("enable-job", "enable", "job")]
    [InlineData("disable-job", "disable", "job")]
    [InlineData("delete-job", "delete", "job")]
    [InlineData("run-job", "run", "job")]
    [InlineData("run-jobs", "run", "jobs")]
    [InlineData("history", "history")]
    [InlineData("logs", "logs")]
    [InlineData("notify", "notify")]
    [InlineData("start-scheduler", "start", "scheduler")]
    [InlineData("stop-scheduler", "stop", "scheduler")]
    [InlineData("status-scheduler", "status", "scheduler")]
    [InlineData("hash-password", "hash", "password")]
    public void Each_command_has_its_help_as_a_trailing_word_and_as_an_option(string page, params string[] command)
    {
        using var home = new TempHome();

        var word = runner.Run(home.Path, null, [.. command, "help"]);
        var option = runner.Run(home.Path, null, [.. command, "--help"]);

        Assert.Equal(0, word.ExitCode);
        Assert.Equal(Expected.Read($"help-{page}.txt"), word.Output);
        Assert.Equal(word.Output, option.Output);
        Assert.False(File.Exists(home.File("config.ini")), "help of a command changes nothing");
    }

    [Fact]
    public void The_create_job_help_carries_the_table_of_popular_combinations() =>
        Assert.Contains("1,11,21    *         8     0       0       the 1st, 11th and 21st at 8:00", Expected.Read("help-create-job.txt"), StringComparison.Ordinal);

    [Theory]
    [InlineData("frobnicate", "jobs")]
    [InlineData("list", "things")]
    [InlineData("create")]
    public void An_unknown_command_is_a_usage_error_pointing_to_help(params string[] args)
    {
        using var home = new TempHome();

        var result = runner.Run(home.Path, null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ERROR: ", result.Errors, StringComparison.Ordinal);
        Assert.Contains("runner help", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }
}
