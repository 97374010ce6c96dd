using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>Questions at a real terminal: a bad answer is explained and asked again.</summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class InteractiveTests(PublishedRunner runner)
{
    [Fact]
    public void Create_job_at_a_terminal_asks_again_until_the_answer_is_valid()
    {
        using var home = new TempHome();
        runner.Run(home.Path, null, "create", "scheduler", "--yes");

        var result = PseudoTerminal.Run(runner, home, new Dictionary<string, string>(), "nightly\nNightly job\nbash\n\n\n24\n23\n/0\n59\n\n\nmaybe\ny\n", "create", "job");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Enter the hour (0-23) [*]:", result.Output, StringComparison.Ordinal);
        Assert.Contains("  hour 24 is out of range; allowed: 0-23", result.Output, StringComparison.Ordinal);
        Assert.Contains("  minute cycle '/0' divides by 0; use a step of 1 or more", result.Output, StringComparison.Ordinal);
        Assert.Contains("  'maybe' is not an answer; write Y or N (yes/no, any case)", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("0\tnightly\tNightly job\tbash\tjobs/0/script.sh\t*\t*\t23\t59\t0\t\tY\n", home.Read("schedule.tsv"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_confirmation_at_a_terminal_accepts_yes_in_any_case()
    {
        using var home = new TempHome();
        runner.Run(home.Path, null, "create", "scheduler", "--yes");
        runner.Run(home.Path, null, "create", "job", "--yes");

        var result = PseudoTerminal.Run(runner, home, new Dictionary<string, string>(), "Yes\n", "delete", "job", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Are you sure? [y/N]", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(home.File("jobs/0")));
    }
}
