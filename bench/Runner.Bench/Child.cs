using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Runner.Bench;

/// <summary>
/// A process under measurement: its standard output lines timestamped as they arrive
/// (monotonic), its resident memory and CPU time from /proc, a graceful stop by SIGTERM.
/// </summary>
internal sealed class Child : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<(long At, string Line)> _lines = [];

    private Child(Process process) => _process = process;

    /// <summary>The monotonic timestamp (<see cref="Stopwatch.GetTimestamp"/>) taken just before the process was started.</summary>
    public long StartedAt { get; private init; }

    public int Pid => _process.Id;

    public static Child Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var startedAt = Stopwatch.GetTimestamp();
        var child = new Child(process) { StartedAt = startedAt };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                child._lines.Add((Stopwatch.GetTimestamp(), line));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the next output line containing <paramref name="text"/>; returns its arrival timestamp, or null after <paramref name="timeout"/>.</summary>
    public long? WaitForLine(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var left = (deadline - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency;
            if (left <= 0 || !_lines.TryTake(out var item, (int)left))
            {
                return null;
            }

            if (item.Line.Contains(text, StringComparison.Ordinal))
            {
                return item.At;
            }
        }
    }

    /// <summary>Takes the next output line, waiting up to <paramref name="timeout"/>; false when none came in that time.</summary>
    public bool TryTakeLine(TimeSpan timeout, out string line)
    {
        var taken = _lines.TryTake(out var item, (int)Math.Max(0, Math.Ceiling(timeout.TotalMilliseconds)));
        line = taken ? item.Line : string.Empty;
        return taken;
    }

    /// <summary>Whether the process has ended (a scheduler under measurement must not).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Drops the lines received so far.</summary>
    public void Drain()
    {
        while (_lines.TryTake(out _))
        {
        }
    }

    /// <summary>Resident memory now and at its peak, in MiB (VmRSS, VmHWM of /proc/PID/status).</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = double.NaN, peak = double.NaN;
        foreach (var line in File.ReadAllLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kib(line) / 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kib(line) / 1024;
            }
        }

        return (rss, peak);
    }

    /// <summary>CPU time used so far (user + system, all threads, ended ones included), from /proc/PID/stat.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>SIGTERM, then waits for the exit (SIGKILL after <paramref name="timeout"/>).</summary>
    public void Stop(TimeSpan timeout)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _lines.Dispose();
    }

    /// <summary>Milliseconds between two monotonic timestamps.</summary>
    public static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static double Kib(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
