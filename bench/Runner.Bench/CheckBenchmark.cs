using System.Diagnostics;
using System.Globalization;

namespace Runner.Bench;

/// <summary>
/// <c>runner check schedule</c> at scale: the scale homes of 10,000 to 100,000 daily jobs, each
/// check in its own process under <c>bench/native/maxrss.c</c> (wall time from the spawn to the
/// exit, peak resident set from wait4). Every check must exit 0 and say the schedule is valid, and
/// a copy of the smallest home with one bad row must be refused, or the benchmark fails.
/// </summary>
internal sealed class CheckBenchmark(BenchOptions options)
{
    /// <summary>The longest one check may take before the benchmark fails.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public Markdown Run()
    {
        var sizes = options.SizesOr(options.Smoke ? [10_000] : [10_000, 40_000, 100_000]);
        var repetitions = options.Smoke ? 1 : 3;
        var homes = sizes.Select(size => HomeBuilder.Create(
            Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"check-{size}")), console: false, HomeBuilder.DailyRows(size, 3))).ToArray();
        var invalidLine = CheckRefused(sizes[0]);
        var results = sizes.Select(_ => new List<Result>()).ToArray();
        for (var rep = 0; rep < repetitions; rep++)
        {
            // Interleaved: each repetition checks every size once, so a slow moment of the machine is not one size's.
            for (var i = 0; i < sizes.Length; i++)
            {
                var result = Check(homes[i], sizes[i]);
                results[i].Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check schedule {sizes[i]} jobs, run {rep + 1}: {result.WallMs:F0} ms, {result.PeakMiB:F1} MiB"));
            }
        }

        var rows = sizes.Select((size, i) => (IReadOnlyList<string>)
        [
            Stats.F(size), Stats.F(Stats.Median(Wall(results[i]))), Stats.F(Wall(results[i]).Min()), Stats.F(Wall(results[i]).Max()),
            Stats.F(Stats.Median(Peak(results[i])), 1), Stats.F(Peak(results[i]).Max(), 1),
        ]);
        var md = new Markdown()
            .Line("## Check schedule at scale")
            .Line()
            .Line(string.Create(CultureInfo.InvariantCulture, $"`runner --home H check schedule` on the homes of the Scale section (N daily jobs, none due; no job folders, so no job config.ini to read), each check in its own process started by `bench/native/maxrss.c`: wall = from its spawn to its exit (runtime start, reading and checking schedule.tsv and config.ini, the output); memory = its peak resident set (`ru_maxrss` from `wait4`, the kernel's high-water mark of the process, as GNU time's `%M` reports it). {(repetitions == 1 ? "1 run per size" : $"{repetitions} runs per size, interleaved (each repetition checks every size once)")}; median, min and max. Each check must exit 0 and print `N jobs, valid.`, and a copy of the {sizes[0]:N0}-job home whose last row has SECOND `60` must exit 3 naming `schedule.tsv:{invalidLine}:`; otherwise the benchmark fails. Alone: `bench/run.sh --only check --out FILE` (with `--smoke`: one run of 10,000 jobs)."))
            .Line()
            .Table(["jobs", "wall (ms, median)", "min (ms)", "max (ms)", "peak memory (MiB, median)", "peak memory max (MiB)"], rows);
        var largest = Array.IndexOf(sizes, 100_000);
        if (largest >= 0)
        {
            var wall = Stats.Median(Wall(results[largest]));
            var peak = Peak(results[largest]).Max();
            md.Line(string.Create(CultureInfo.InvariantCulture, $"Targets with 100,000 jobs: checked under 1 s: {Stats.Verdict(wall < 1000)} ({Stats.F(wall)} ms, median); under 200 MB: {Stats.Verdict(peak < 200)} ({Stats.F(peak, 1)} MiB, the largest peak of the {repetitions} runs)."))
                .Line();
        }

        return md;
    }

    private static IReadOnlyCollection<double> Wall(List<Result> results) => [.. results.Select(r => r.WallMs)];

    private static IReadOnlyCollection<double> Peak(List<Result> results) => [.. results.Select(r => r.PeakMiB)];

    /// <summary>Checks a valid home: exit 0 and "N jobs, valid." or the benchmark fails.</summary>
    private Result Check(string home, int size)
    {
        var (exit, output, result) = Run(home);
        var valid = string.Create(CultureInfo.InvariantCulture, $"{size} jobs valid.");
        if (exit != 0 || !output.Replace(",", string.Empty, StringComparison.Ordinal).Contains(valid, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"runner check schedule on {home} exited {exit} without saying '{size} jobs, valid.':\n{output}");
        }

        return result;
    }

    /// <summary>A copy of the smallest home with SECOND 60 in its last row must be refused: exit 3, the line named. Returns that line.</summary>
    private int CheckRefused(int size)
    {
        var rows = HomeBuilder.DailyRows(size, 3).ToList();
        rows[^1] = HomeBuilder.Row(size - 1, "/bin/true", "3", "0", "60");
        var home = HomeBuilder.Create(Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"check-{size}-invalid")), console: false, rows);
        var line = size + 1;
        var (exit, output, _) = Run(home);
        if (exit != 3 || !output.Contains(string.Create(CultureInfo.InvariantCulture, $"schedule.tsv:{line}:"), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"runner check schedule on {home} (SECOND 60 on line {line}) exited {exit} without naming schedule.tsv:{line}:\n{output}");
        }

        Directory.Delete(home, recursive: true);
        return line;
    }

    /// <summary>One check under maxrss: its exit status, its output (standard output and error) and its wall time and peak memory.</summary>
    private (int Exit, string Output, Result Result) Run(string home)
    {
        var figures = Path.Combine(options.Work, "check-maxrss.txt");
        File.Delete(figures);
        var info = new ProcessStartInfo(Path.Combine(options.Tools, "maxrss"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { figures, options.RunnerExe, "--home", home, "check", "schedule" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"runner check schedule on {home} took more than {Timeout.TotalMinutes:F0} minutes");
        }

        process.WaitForExit();
        var text = output.Result + error.Result;
        var cells = File.ReadAllText(figures).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var peakMiB = double.Parse(cells[0], CultureInfo.InvariantCulture) / 1024;
        var wallMs = double.Parse(cells[1], CultureInfo.InvariantCulture) * 1000;
        return (process.ExitCode, text, new Result(wallMs, peakMiB));
    }

    private sealed record Result(double WallMs, double PeakMiB);
}
