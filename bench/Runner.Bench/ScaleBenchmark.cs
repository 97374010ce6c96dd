using System.Globalization;

namespace Runner.Bench;

/// <summary>
/// Scale (SPEC §9): schedules of 1,000 to 100,000 daily jobs, none due while measuring. For
/// the real <c>runner start scheduler</c> and for the original design (<see cref="NaiveScheduler"/>),
/// each in its own process: the time from the process start to its "schedule loaded" line,
/// resident memory once loaded, the CPU time it uses while nothing is due, and the time from
/// an atomic rewrite of schedule.tsv with one changed line to its "schedule reloaded" line.
/// </summary>
internal sealed class ScaleBenchmark(BenchOptions options)
{
    public Markdown Run()
    {
        var sizes = options.SizesOr(options.Smoke ? [1000] : [1000, 10_000, 100_000]);
        var idle = TimeSpan.FromSeconds(options.SecondsOr(options.Smoke ? 3 : 30));
        var settle = TimeSpan.FromSeconds(options.Smoke ? 3 : 75);
        var edits = options.Smoke ? 2 : 7;
        var rows = new List<IReadOnlyList<string>>();
        Result? largest = null;
        foreach (var size in sizes)
        {
            var hour = (TimeProvider.System.GetUtcNow().Hour + 12) % 24;
            var home = HomeBuilder.Create(
                Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"scale-{size}")), console: true, HomeBuilder.DailyRows(size, hour));
            var runner = Measure(options.RunnerExe, ["--home", home, "start", "scheduler"], home, hour, settle, idle, edits);
            var naive = Measure(Path.Combine(AppContext.BaseDirectory, "Runner.Bench"), ["naive", home], home, hour, settle, idle, edits);
            rows.Add(Row(size, "Runner", runner));
            rows.Add(Row(size, "original design", naive));
            largest = runner;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale {size}: runner {runner}, naive {naive}"));
        }

        var md = new Markdown()
            .Line("## Scale")
            .Line()
            .Line(string.Create(CultureInfo.InvariantCulture, $"Schedules of N daily jobs (`/bin/true` at a minute and second of an hour 12 h away, so none is due), in UTC. Each scheduler runs in its own process: Runner is `runner start scheduler` (console log), the original design is `bench/Runner.Bench/NaiveScheduler.cs`, which re-reads schedule.tsv and evaluates every row each second, as the seed's scheduler did. Load = process start to the \"schedule loaded\" line (runtime start, reading, parsing and planning, and for Runner opening runner.db and reading the fire ledger); memory = resident set 2 s after the load (VmRSS) and its peak so far (VmHWM), and the peak again after the edits (an edit reads the new file beside the schedule in force; Runner shares the jobs of unchanged rows); CPU while settling = user + system CPU time from the load to {settle.TotalSeconds:F0} s after it (the runtime collects the garbage of the load and compiles again, optimized, the code that runs every second once it has run about 30 times); idle CPU = user + system CPU time over the next {idle.TotalSeconds:F0} s, nothing being due, per minute; edit = from the save of schedule.tsv with one job's HOUR changed (an atomic rename of the new file, written beforehand) to the \"schedule reloaded\" line, median of {edits} edits."))
            .Line()
            .Table(["jobs", "scheduler", "load (ms)", "memory loaded (MiB)", "peak loading (MiB)", "peak with the edits (MiB)", "CPU while settling (ms)", "idle CPU (ms per min)", "edit applied (ms, median)", "edit max (ms)"], rows);
        if (!options.Smoke && largest is not null)
        {
            md.Line(string.Create(CultureInfo.InvariantCulture, $"Targets with 100,000 jobs: loaded and planned under 1 s: {Stats.Verdict(largest.LoadMs < 1000)} ({Stats.F(largest.LoadMs)} ms); under 200 MB: {Stats.Verdict(largest.RssMiB < 200 && largest.PeakMiB < 200)} ({Stats.F(largest.RssMiB)} MiB, peak {Stats.F(largest.PeakMiB)}); idle CPU near zero: {Stats.Verdict(largest.IdleCpuMsPerMinute < 600)} ({Stats.F(largest.IdleCpuMsPerMinute)} ms per minute, {Stats.F(largest.IdleCpuMsPerMinute / 600, 2)} % of a core); a one-line edit applied under 200 ms: {Stats.Verdict(largest.EditMs < 200)} ({Stats.F(largest.EditMs)} ms)."))
                .Line();
        }

        return md;
    }

    private static IReadOnlyList<string> Row(int size, string name, Result r) =>
        [Stats.F(size), name, Stats.F(r.LoadMs), Stats.F(r.RssMiB, 1), Stats.F(r.PeakMiB, 1), Stats.F(r.PeakWithEditsMiB, 1), Stats.F(r.SettlingCpuMs), Stats.F(r.IdleCpuMsPerMinute), Stats.F(r.EditMs), Stats.F(r.EditMaxMs)];

    /// <summary>When the resident set is read, after the "schedule loaded" line.</summary>
    private static readonly TimeSpan MemoryAfter = TimeSpan.FromSeconds(2);

    private static Result Measure(string program, IReadOnlyList<string> arguments, string home, int hour, TimeSpan settle, TimeSpan idle, int edits)
    {
        using var child = Child.Start(program, arguments);
        var loaded = child.WaitForLine("schedule loaded", TimeSpan.FromSeconds(120))
            ?? throw new InvalidOperationException($"{program} did not load {home} within 120 s");
        var loadMs = Child.Ms(child.StartedAt, loaded);
        var settling = child.CpuTime();
        Thread.Sleep(MemoryAfter);
        var (rss, peak) = child.Memory();
        Thread.Sleep(settle - MemoryAfter);
        var cpuBefore = child.CpuTime();
        settling = cpuBefore - settling;
        Thread.Sleep(idle);
        var cpu = child.CpuTime() - cpuBefore;
        var latencies = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var save = HomeBuilder.PrepareHourEdit(home, i, hour);
            child.Drain();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            save();
            var applied = child.WaitForLine("schedule reloaded", TimeSpan.FromSeconds(30))
                ?? throw new InvalidOperationException($"{program} did not reload {home} within 30 s");
            latencies.Add(Child.Ms(started, applied));
            Thread.Sleep(TimeSpan.FromMilliseconds(1300));
        }

        var peakWithEdits = child.Memory().Peak;
        child.Stop(TimeSpan.FromSeconds(30));
        return new Result(loadMs, rss, peak, peakWithEdits, settling.TotalMilliseconds, cpu.TotalMilliseconds * 60 / idle.TotalSeconds, Stats.Median(latencies), latencies.Max());
    }

    private sealed record Result(double LoadMs, double RssMiB, double PeakMiB, double PeakWithEditsMiB, double SettlingCpuMs, double IdleCpuMsPerMinute, double EditMs, double EditMaxMs);
}
