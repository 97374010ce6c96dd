using System.Diagnostics;
using System.Globalization;

namespace Runner.Storage.Tests.Support;

/// <summary>
/// The writer helper (tests/Runner.Storage.Tests.Writer) as a real second OS process. It
/// prints "ready", waits for <see cref="Go"/>, then works and prints one result a line.
/// </summary>
internal sealed class WriterProcess : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Task<string> _errors;

    private WriterProcess(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>writer MODE DB COUNT JOB_ID</c> and waits until it is ready.</summary>
    public static async Task<WriterProcess> StartAsync(string mode, string databasePath, int count, int jobId)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "exec", Path.Combine(AppContext.BaseDirectory, "Runner.Storage.Tests.Writer.dll"),
            mode, databasePath, count.ToString(CultureInfo.InvariantCulture), jobId.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var writer = new WriterProcess(Process.Start(start)!);
        using var timeout = new CancellationTokenSource(Limit);
        var first = await writer._process.StandardOutput.ReadLineAsync(timeout.Token);
        if (first != "ready")
        {
            Assert.Fail($"the writer did not start: {first}\n{await writer.ErrorsAsync()}");
        }

        return writer;
    }

    /// <summary>Lets the writer start its work.</summary>
    public void Go() => _process.StandardInput.WriteLine();

    /// <summary>Waits for the writer to end successfully and returns what it printed, one item a line.</summary>
    public async Task<IReadOnlyList<long>> ResultsAsync()
    {
        using var timeout = new CancellationTokenSource(Limit);
        var output = await _process.StandardOutput.ReadToEndAsync(timeout.Token);
        await _process.WaitForExitAsync(timeout.Token);
        if (_process.ExitCode != 0)
        {
            Assert.Fail($"the writer exited with {_process.ExitCode}:\n{await ErrorsAsync()}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => long.Parse(line, CultureInfo.InvariantCulture))
            .ToList();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task<string> ErrorsAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        return await _errors;
    }

    /// <summary>The dotnet host running the tests (set by the dotnet CLI), else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
