using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Runner.Bench;

/// <summary>
/// CLI wall time (SPEC §9): <c>runner list jobs</c> and <c>runner next 0</c> on a home of
/// 1,000 jobs, with hyperfine when it is installed (else the same loop here: start, wait,
/// wall time), for each way of publishing and starting runner that keeps every feature.
/// </summary>
internal sealed class CliBenchmark(BenchOptions options)
{
    /// <summary>Measured, not shipped: the web GUI's JSON is not ready for it yet (bench/notes.md, "What is left").</summary>
    private const string AotVariant = "Native AOT (`-p:PublishAot=true`), measured, not shipped: see the notes";

    private sealed record Variant(string Name, string Runner, IReadOnlyDictionary<string, string> Environment);

    public Markdown Run()
    {
        var home = HomeBuilder.Create(
            Path.Combine(options.Work, "cli-1000"), console: false, HomeBuilder.DailyRows(1000, 8), jobFolders: true);
        var runs = options.Smoke ? 3 : 20;
        var warmup = options.Smoke ? 1 : 3;
        var hyperfine = Which("hyperfine");
        var none = new Dictionary<string, string>();
        Variant[] variants =
        [
            new("`dotnet publish src/Runner -c Release` (ReadyToRun, as shipped)", options.Runner, none),
            new("the same without ReadyToRun (JIT only)", options.RunnerJit, none),
            new("ReadyToRun, `DOTNET_TieredPGO=0`", options.Runner, new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" }),
            new("ReadyToRun, `DOTNET_TC_QuickJitForLoops=0`", options.Runner, new Dictionary<string, string> { ["DOTNET_TC_QuickJitForLoops"] = "0" }),
            new("ReadyToRun, `DOTNET_TieredCompilation=0`", options.Runner, new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" }),
            new(AotVariant, options.RunnerAot, none),
        ];
        (string Name, string[] Args)[] commands = [("list jobs", ["--home", home, "list", "jobs"]), ("next 0", ["--home", home, "next", "0"])];
        var rows = new List<IReadOnlyList<string>>();
        var shipped = new List<double>();

        // The floor: a .NET program that does nothing (this driver's `empty` command, framework-dependent, JIT).
        var floor = new Variant("reference: an empty .NET program", AppContext.BaseDirectory, none);
        var floorTimes = hyperfine is null ? Loop(floor, ["empty"], runs, warmup, "Runner.Bench") : Hyperfine(hyperfine, floor, ["empty"], runs, warmup, "Runner.Bench");
        rows.Add([floor.Name, "`Runner.Bench empty`", Stats.F(Stats.Median(floorTimes), 0), Stats.F(Stats.Percentile(floorTimes, 90), 0), Stats.F(floorTimes.Min(), 0), Stats.F(floorTimes.Max(), 0)]);
        foreach (var variant in variants.Where(v => v.Runner.Length > 0).Take(options.Smoke ? 1 : variants.Length))
        {
            foreach (var (name, args) in commands)
            {
                var times = hyperfine is null ? Loop(variant, args, runs, warmup) : Hyperfine(hyperfine, variant, args, runs, warmup);
                rows.Add([variant.Name, $"`runner {name}`", Stats.F(Stats.Median(times), 0), Stats.F(Stats.Percentile(times, 90), 0), Stats.F(times.Min(), 0), Stats.F(times.Max(), 0)]);
                if (variant == variants[0])
                {
                    shipped.Add(Stats.Median(times));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cli {variant.Name} {name}: median {Stats.Median(times):F0} ms"));
            }
        }

        var tool = hyperfine is null ? "a timing loop in the driver (hyperfine is not installed)" : $"`hyperfine -N --warmup {warmup} --runs {runs}`";
        return new Markdown()
            .Line("## Command line")
            .Line()
            .Line($"Wall time of one command on a home of 1,000 jobs, measured with {tool}: process start to exit, output discarded. Each variant but the last keeps every feature; the environment variables are the runtime's own knobs, set for the measured process only. The first row is the floor on this machine: the start and exit of a .NET program that does nothing.")
            .Line()
            .Table(["variant", "command", "median (ms)", "p90 (ms)", "min (ms)", "max (ms)"], rows)
            .Line(string.Create(CultureInfo.InvariantCulture, $"Target: `runner list jobs` on 1,000 jobs under 150 ms: {Stats.Verdict(shipped[0] < 150)} ({Stats.F(shipped[0])} ms as shipped; `runner next 0`: {Stats.F(shipped[1])} ms)."))
            .Line();
    }

    private static List<double> Hyperfine(string hyperfine, Variant variant, string[] args, int runs, int warmup, string program = "runner")
    {
        var export = Path.GetTempFileName();
        try
        {
            var command = string.Join(' ', new[] { Path.Combine(variant.Runner, program) }.Concat(args));
            var info = new ProcessStartInfo(hyperfine)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "-N", "--style", "none", "--warmup", HomeBuilder.Text(warmup), "--runs", HomeBuilder.Text(runs), "--export-json", export, command })
            {
                info.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in variant.Environment)
            {
                info.Environment[name] = value;
            }

            using var process = Process.Start(info)!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"hyperfine failed: {errors.Result}");
            }

            using var json = JsonDocument.Parse(File.ReadAllText(export));
            return [.. json.RootElement.GetProperty("results")[0].GetProperty("times").EnumerateArray().Select(t => t.GetDouble() * 1000)];
        }
        finally
        {
            File.Delete(export);
        }
    }

    private static List<double> Loop(Variant variant, string[] args, int runs, int warmup, string program = "runner")
    {
        var times = new List<double>();
        for (var i = 0; i < warmup + runs; i++)
        {
            var info = new ProcessStartInfo(Path.Combine(variant.Runner, program), args)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var (name, value) in variant.Environment)
            {
                info.Environment[name] = value;
            }

            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(info)!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"runner {string.Join(' ', args)} failed: {errors.Result}");
            }

            if (i >= warmup)
            {
                times.Add(ms);
            }
        }

        return times;
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
