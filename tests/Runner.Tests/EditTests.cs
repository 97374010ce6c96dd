using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>
/// The edit commands at a real terminal: <c>script</c> gives runner a pseudo-terminal, the
/// editor is a shell script that edits the file the way a person would.
/// </summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class EditTests(PublishedRunner runner)
{
    private const string BreakHour = "sed -i 's/\\t\\*\\t\\*\\t\\*\\t\\*\\t0\\t/\\t*\\t*\\t25\\t*\\t0\\t/' \"$1\"";
    private const string SetHour = "sed -i 's/\\t\\*\\t\\*\\t\\*\\t\\*\\t0\\t/\\t*\\t*\\t7\\t*\\t0\\t/; s/\\t25\\t/\\t7\\t/' \"$1\"";

    [Fact]
    public void A_valid_edit_is_applied()
    {
        using var home = Home();

        var result = AtTerminal(home, Editor(home, SetHour), string.Empty, "edit", "schedule");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("INFO: schedule.tsv updated: 1 jobs.", result.Output, StringComparison.Ordinal);
        Assert.Contains("\t*\t*\t7\t*\t0\t", home.Read("schedule.tsv"), StringComparison.Ordinal);
        Assert.False(File.Exists(home.File(".schedule.tsv.edit")));
    }

    [Fact]
    public void An_invalid_edit_shows_its_errors_and_declined_leaves_the_schedule_unchanged()
    {
        using var home = Home();
        var before = home.Read("schedule.tsv");

        var result = AtTerminal(home, Editor(home, BreakHour), "n\n", "edit", "schedule");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("schedule.tsv:2:34: hour 25 is out of range; allowed: 0-23", result.Output, StringComparison.Ordinal);
        Assert.Contains("Edit again? [Y/n]", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, home.Read("schedule.tsv"));
        Assert.Contains("\t25\t", home.Read(".schedule.tsv.edit"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_edit_can_be_edited_again_and_then_applied()
    {
        using var home = Home();
        var counter = home.File("editor-calls");
        var editor = Editor(home, $"if [ -e '{counter}' ]; then {SetHour}; else touch '{counter}'; {BreakHour}; fi");

        var result = AtTerminal(home, editor, "y\n", "edit", "schedule");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hour 25 is out of range", result.Output, StringComparison.Ordinal);
        Assert.Contains("\t*\t*\t7\t*\t0\t", home.Read("schedule.tsv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_job_opens_the_jobs_script_and_edit_config_checks_the_result()
    {
        using var home = Home();

        var job = AtTerminal(home, Editor(home, "echo 'print(1)' >> \"$1\""), string.Empty, "edit", "job", "0");
        var config = AtTerminal(home, Editor(home, "printf '[JOB]\\ntimeout = soon\\n' >> \"$1\""), string.Empty, "edit", "config", "job", "0");

        Assert.Equal(0, job.ExitCode);
        Assert.EndsWith("print(1)\n", home.Read("jobs/0/script.py"), StringComparison.Ordinal);
        Assert.Equal(3, config.ExitCode);
        Assert.Contains("jobs/0/config.ini:", config.Output, StringComparison.Ordinal);
        Assert.Contains("timeout = 'soon' is not a number of seconds", config.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edit", "schedule")]
    [InlineData("edit", "config")]
    [InlineData("edit", "job", "0")]
    public void Without_a_terminal_edit_says_so_and_exits_2(params string[] args)
    {
        using var home = Home();

        var result = runner.Run(home.Path, string.Empty, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a terminal", result.Errors, StringComparison.Ordinal);
    }

    private TempHome Home()
    {
        var home = new TempHome();
        runner.Run(home.Path, null, "create", "scheduler", "--yes");
        runner.Run(home.Path, null, "create", "job", "--yes", "--name", "a");
        return home;
    }

    private static string Editor(TempHome home, string body)
    {
        var path = home.File($"editor-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private RunResult AtTerminal(TempHome home, string editor, string typed, params string[] args) =>
        PseudoTerminal.Run(runner, home, new Dictionary<string, string> { ["EDITOR"] = editor }, typed, args);
}
