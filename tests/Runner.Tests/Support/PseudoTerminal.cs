using System.Diagnostics;

namespace Runner.Tests.Support;

/// <summary>Runs runner under <c>script</c>, so its standard input and output are a terminal; what the test writes is what the user types.</summary>
internal static class PseudoTerminal
{
    public static RunResult Run(PublishedRunner runner, TempHome home, IReadOnlyDictionary<string, string> environment, string typed, params string[] args)
    {
        var command = string.Join(' ', new[] { runner.Executable, "--home", home.Path }.Concat(args).Select(a => $"'{a}'"));
        var start = new ProcessStartInfo("script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("VISUAL");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(typed);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"runner {string.Join(' ', args)} at a terminal did not finish within a minute");
        }

        return new RunResult(process.ExitCode, output.Result.ReplaceLineEndings("\n"), process.StandardError.ReadToEnd());
    }
}
