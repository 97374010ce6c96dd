using System.Diagnostics;
using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>The home is --home, else RUNNER_HOME, else the current folder.</summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class HomeResolutionTests(PublishedRunner runner)
{
    [Fact]
    public void Home_comes_from_the_option_then_the_variable_then_the_current_folder()
    {
        using var option = new TempHome();
        using var variable = new TempHome();
        using var current = new TempHome();

        Run(current.Path, variable.Path, "--home", option.Path, "create", "scheduler", "--yes");
        Run(current.Path, variable.Path, "create", "scheduler", "--yes");
        Run(current.Path, null, "create", "scheduler", "--yes");

        Assert.All(new[] { option, variable, current }, home => Assert.True(File.Exists(home.File("schedule.tsv")), home.Path));
    }

    private void Run(string folder, string? runnerHome, params string[] args)
    {
        var start = new ProcessStartInfo(runner.Executable, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("RUNNER_HOME");
        if (runnerHome is not null)
        {
            start.Environment["RUNNER_HOME"] = runnerHome;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.True(process.ExitCode == 0, $"{output.Result}{errors}");
    }
}
