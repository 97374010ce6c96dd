using System.Diagnostics;
using System.Globalization;

namespace Runner.Bench;

/// <summary>
/// Punctuality (SPEC §9): the real <c>runner start scheduler</c> on a generated home where
/// every job fires every second; each job is the witness program, which appends its job id,
/// its trigger and the wall clock read first thing in its main to a witness file. Lateness is
/// that clock minus the trigger; missed fires are (job, second) pairs of the measured window
/// with no witness line, duplicates are witness lines beyond the first for a pair.
/// </summary>
internal sealed class PunctualityBenchmark(BenchOptions options)
{
    /// <summary>Seconds after the schedule is loaded before the measured window opens, and before the stop that it closes.</summary>
    private const int Margin = 2;

    public Markdown Run()
    {
        var counts = options.SizesOr(options.Smoke ? [10] : [10, 100, 1000]);
        var seconds = options.SecondsOr(options.Smoke ? 4 : 30);
        var rows = new List<IReadOnlyList<string>>();
        var cores = Environment.ProcessorCount;
        var p99At100 = double.NaN;
        var referenceP99At100 = double.NaN;
        var floorP99At100 = double.NaN;
        foreach (var count in counts)
        {
            var result = Measure(count, seconds);
            var reference = MeasureReference(count, seconds, threads: 1);
            var floor = MeasureReference(count, seconds, threads: cores);
            rows.Add(Row(count, "Runner", result));
            rows.Add(Row(count, "C reference", reference));
            rows.Add(Row(count, string.Create(CultureInfo.InvariantCulture, $"C reference, {cores} threads"), floor));
            if (count == 100)
            {
                (p99At100, referenceP99At100, floorP99At100) = (result.P99, reference.P99, floor.P99);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"punctuality {count} jobs: runner {result}; reference {reference}; reference on {cores} threads {floor}"));
        }

        var md = new Markdown()
            .Line("## Punctuality")
            .Line()
            .Line(string.Create(CultureInfo.InvariantCulture, $"`runner start scheduler` on a generated home of N jobs that all fire every second (`*` in every time field), for {seconds} s each; every job is `bench/native/witness.c`, which appends its id, its trigger and the wall clock read first thing in `main` to a witness file. Lateness = that clock − the scheduled instant: it includes the scheduler's wake-up, the ledger claim, the run record, the run log and the process start. The window starts {Margin} s after the schedule is loaded and ends {Margin} s before the stop; a fire of the window with no witness line is missed, a second line for the same (job, instant) is a duplicate. Beside it, the same N witness jobs started by `bench/native/tick.c`, the least a scheduler can do: at each whole second it `posix_spawn`s the N witnesses one after the other, without ledger, history or logs; and the same with the starts shared by one thread per core ({cores} here), the floor of starting N processes at once on this machine."))
            .Line()
            .Table(["jobs", "scheduler", "window (s)", "fires due", "fires witnessed", "lateness p50 (ms)", "p99 (ms)", "max (ms)", "missed", "duplicates"], rows);
        if (!double.IsNaN(p99At100))
        {
            md.Line(string.Create(CultureInfo.InvariantCulture, $"Target: p99 under 20 ms with 100 jobs: {Stats.Verdict(p99At100 < 20)} ({Stats.F(p99At100, 1)} ms; the C reference: {Stats.F(referenceP99At100, 1)} ms, on {cores} threads: {Stats.F(floorP99At100, 1)} ms)."))
                .Line();
        }

        return md;
    }

    private static IReadOnlyList<string> Row(int count, string name, Result r) =>
    [
        HomeBuilder.Text(count), name, Stats.F(r.Window), Stats.F(r.Expected), Stats.F(r.Witnessed),
        Stats.F(r.P50, 1), Stats.F(r.P99, 1), Stats.F(r.Max, 1), Stats.F(r.Missed), Stats.F(r.Duplicates),
    ];

    private Result MeasureReference(int count, int seconds, int threads)
    {
        var witness = Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"witness-tick-{count}-{threads}.txt"));
        File.Delete(witness);
        var time = TimeProvider.System;
        var started = time.GetUtcNow();
        using (var tick = Process.Start(Path.Combine(options.Tools, "tick"), [HomeBuilder.Text(count), HomeBuilder.Text(seconds + (2 * Margin)), Path.Combine(options.Tools, "witness"), witness, HomeBuilder.Text(threads)]))
        {
            tick.WaitForExit();
        }

        return Analyze(witness, count, started, time.GetUtcNow());
    }

    private Result Measure(int count, int seconds)
    {
        var witness = Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"witness-{count}.txt"));
        File.Delete(witness);
        var program = Path.Combine(options.Tools, "witness");
        var home = HomeBuilder.Create(
            Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"punctuality-{count}")),
            console: false,
            Enumerable.Range(0, count).Select(id => HomeBuilder.Row(id, program, "*", "*", "*", $"{witness} {{id}} {{trigger:o}}")),
            jobFolders: true);
        var time = TimeProvider.System;
        using var scheduler = Child.Start(options.RunnerExe, ["--home", home, "start", "scheduler"]);
        if (!WaitForLog(Path.Combine(home, "logs", "scheduler.log"), "schedule loaded", TimeSpan.FromSeconds(60)))
        {
            throw new InvalidOperationException($"the scheduler of {home} did not load its schedule within 60 s");
        }

        var loaded = time.GetUtcNow();
        Thread.Sleep(TimeSpan.FromSeconds(seconds + (2 * Margin)));
        var stopping = time.GetUtcNow();
        scheduler.Stop(TimeSpan.FromSeconds(60));

        return Analyze(witness, count, loaded, stopping);
    }

    private static Result Analyze(string witness, int count, DateTimeOffset loaded, DateTimeOffset stopping)
    {
        var from = Whole(loaded).AddSeconds(Margin + 1);
        var to = Whole(stopping).AddSeconds(-Margin);
        var lines = File.Exists(witness) ? File.ReadAllLines(witness) : [];
        var seen = new Dictionary<(int Job, DateTimeOffset At), int>();
        var lateness = new List<double>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            var job = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var at = DateTimeOffset.Parse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            var startedNs = long.Parse(parts[2], CultureInfo.InvariantCulture);
            seen[(job, at)] = seen.GetValueOrDefault((job, at)) + 1;
            if (at >= from && at <= to)
            {
                lateness.Add((startedNs / 1e6) - at.ToUnixTimeMilliseconds());
            }
        }

        var window = (int)(to - from).TotalSeconds + 1;
        var expected = (long)window * count;
        var witnessed = 0L;
        for (var at = from; at <= to; at = at.AddSeconds(1))
        {
            for (var job = 0; job < count; job++)
            {
                witnessed += seen.ContainsKey((job, at)) ? 1 : 0;
            }
        }

        return new Result(
            window, expected, lateness.Count, Stats.Percentile(lateness, 50), Stats.Percentile(lateness, 99),
            lateness.Count > 0 ? lateness.Max() : double.NaN, expected - witnessed, seen.Values.Sum(n => n - 1));
    }

    private static bool WaitForLog(string path, string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (File.Exists(path) && File.ReadAllText(path).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return false;
    }

    private static DateTimeOffset Whole(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), at.Offset);

    private sealed record Result(int Window, long Expected, long Witnessed, double P50, double P99, double Max, long Missed, long Duplicates)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"p50 {P50:F1} p99 {P99:F1} max {Max:F1} ms, missed {Missed}, duplicates {Duplicates}");
    }
}
