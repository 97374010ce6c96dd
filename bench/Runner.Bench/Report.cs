using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Runner.Bench;

/// <summary>
/// Assembles the report: title, machine, date, the command, the fragments the sections wrote
/// (in name order), the BenchmarkDotNet tables and bench/notes.md.
/// </summary>
internal static class Report
{
    public static int Write(BenchOptions options)
    {
        var text = new StringBuilder();
        var now = TimeProvider.System.GetUtcNow();
        text.Append("# Benchmarks\n\n")
            .Append(options.Smoke ? "**Smoke run** (short durations, not the figures of record).\n\n" : string.Empty)
            .Append("Every figure below comes from one run of\n\n```\n").Append(options.Command).Append("\n```\n\n")
            .Append(CultureInfo.InvariantCulture, $"run {Read(options.Results, "started.txt").Trim()} to {Or(Read(options.Results, "ended.txt"), now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC")} on this machine:\n\n")
            .Append(CultureInfo.InvariantCulture, $"- {Cpu()}, {Environment.ProcessorCount} cores, {Memory()} of memory\n")
            .Append(CultureInfo.InvariantCulture, $"- {OsName()}, Linux {Read("/proc/sys/kernel/osrelease").Trim()}, {RuntimeInformation.FrameworkDescription}, {FirstLine("cc", "--version")}\n")
            .Append(CultureInfo.InvariantCulture, $"- load average when the run started: {Read(options.Results, "load-start.txt").Trim()}; when it ended: {Or(Read(options.Results, "load-end.txt"), Read("/proc/loadavg"))}\n\n")
            .Append("This is a shared virtual machine with 2 cores, so absolute figures are noisy: ")
            .Append("every figure has its reference measured beside it in the same run, repetitions are interleaved, and medians and percentiles are reported. ")
            .Append("The ratios to the references are the figures that count.\n\n");
        foreach (var fragment in Directory.GetFiles(options.Results, "*.md").Order(StringComparer.Ordinal))
        {
            text.Append(File.ReadAllText(fragment));
        }

        text.Append(Dotnet(options.Bdn, "EngineBenchmarks", "In-process engine cost", "The scheduler's own cost per fire, without processes: `bench/Runner.Benchmarks/EngineBenchmarks.cs`. 1,000 jobs come due at one instant; each is evaluated (next fire), claimed in a ledger, dispatched to a thread-pool task that does nothing, and accounted for when it ends. Runner: its real `Scheduler` loop and `FireDispatcher` (overlap policy read from the job's settings) on a fake clock advanced one second per operation, with an in-memory ledger. Quartz.NET: a started `StdSchedulerFactory` scheduler (RAMJobStore, its default thread pool) given 1,000 jobs with one-shot triggers due now per operation. Figures are per fire; Ratio is to Runner."))
            .Append(Dotnet(options.Bdn, "NextFireBenchmarks", "Next-fire computation", "One call of `Timing.NextAfter` (the next fire strictly after an instant): `bench/Runner.Benchmarks/NextFireBenchmarks.cs`."));
        if (options.Notes.Length > 0 && File.Exists(options.Notes))
        {
            text.Append(File.ReadAllText(options.Notes));
        }

        var output = options.Out ?? throw new ArgumentException("report needs --out FILE");
        File.WriteAllText(output, text.ToString().TrimEnd('\n') + "\n");
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    /// <summary>A section from a BenchmarkDotNet GitHub report in <paramref name="folder"/>/results, or nothing when there is none.</summary>
    private static string Dotnet(string folder, string benchmark, string title, string intro)
    {
        var report = Path.Combine(folder, "results", $"Runner.Benchmarks.{benchmark}-report-github.md");
        if (!File.Exists(report))
        {
            return string.Empty;
        }

        return $"## {title}\n\n{intro} Measured with BenchmarkDotNet in the same run:\n\n{File.ReadAllText(report).Trim()}\n\n";
    }

    private static string Cpu() =>
        Read("/proc/cpuinfo").Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static string Memory()
    {
        var line = Read("/proc/meminfo").Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kib = line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{kib / 1024 / 1024:F0} GiB");
    }

    private static string OsName() =>
        Read("/etc/os-release").Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "unknown OS";

    private static string FirstLine(string program, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, [argument]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var first = process.StandardOutput.ReadLine() ?? string.Empty;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return first;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"no {program}";
        }
    }

    private static string Or(string recorded, string fallback) => recorded.Trim().Length > 0 ? recorded.Trim() : fallback.Trim();

    private static string Read(string folder, string name) => Read(Path.Combine(folder, name));

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path) : string.Empty;
}
