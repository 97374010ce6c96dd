using System.Diagnostics;

namespace Runner.Tests.Support;

/// <summary>
/// Publishes <c>src/Runner</c> once per test run (<c>dotnet publish -c Release -o DIR</c>, as
/// the README says) and runs the resulting <c>runner</c> executable as a real process.
/// </summary>
public sealed class PublishedRunner : IDisposable
{
    public PublishedRunner()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"runner-e2e-{Guid.NewGuid():N}");
        var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", Path.Combine(Repo.Root, "src", "Runner"), "-c", "Release", "-o", Folder, "--nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEnd();
        publish.WaitForExit();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed: {output.Result}{errors}");
        }

        Executable = Path.Combine(Folder, OperatingSystem.IsWindows() ? "runner.exe" : "runner");
    }

    public string Folder { get; }

    public string Executable { get; }

    /// <summary>A fresh home where <c>runner create scheduler --yes</c> succeeded.</summary>
    public TempHome NewScheduler()
    {
        var home = new TempHome();
        Assert.Equal(0, Run(home.Path, null, "create", "scheduler", "--yes").ExitCode);
        return home;
    }

    /// <summary>Runs <c>runner ARGS</c> with <paramref name="input"/> on standard input (closed after it), waiting up to a minute.</summary>
    public RunResult Run(string home, string? input, params string[] args) => Run(home, input, null, args);

    public RunResult Run(string home, string? input, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Executable, ["--home", home, .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = home,
        };
        start.Environment.Remove("RUNNER_HOME");
        start.Environment["TZ"] = "UTC";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"runner {string.Join(' ', args)} did not finish within a minute");
        }

        return new RunResult(process.ExitCode, output.Result, errors.Result);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
