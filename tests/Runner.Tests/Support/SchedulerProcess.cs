using System.Diagnostics;
using System.Text;

namespace Runner.Tests.Support;

/// <summary>A foreground <c>runner start scheduler</c> of the published executable, with its output collected.</summary>
public sealed class SchedulerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public SchedulerProcess(PublishedRunner runner, string home, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(runner.Executable, ["--home", home, "start", "scheduler"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = home,
        };
        start.Environment.Remove("RUNNER_HOME");
        start.Environment["TZ"] = "UTC";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _process.StandardInput.Close();
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Sends SIGTERM (a graceful stop).</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>SIGKILL, as a crash.</summary>
    public void Crash()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>The exit status, or null when it did not exit within <paramref name="timeout"/>.</summary>
    public int? WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout) ? _process.ExitCode : null;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
