using System.Globalization;

namespace Runner.Bench;

/// <summary>
/// Steady-state memory of <c>runner start scheduler</c>: (a) N jobs that each fire once a minute,
/// spread evenly over the seconds, run for minutes, and (b) N hourly jobs that each fire once in
/// the minutes after the start, spread evenly; the resident set at the load, once every job has
/// run, at the end and sampled in between (<see cref="SteadyRun"/>).
/// </summary>
internal sealed class SteadyBenchmark(BenchOptions options)
{
    /// <summary>How far past their last fire the jobs get to have all run before the benchmark gives up on it.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(90);

    public Markdown Run()
    {
        // --sizes A,B: A minutely jobs and B spread jobs; 0 leaves that part out.
        var sizes = options.SizesOr(options.Smoke ? [600, 2000] : [6000, 100_000]);
        var (minutely, spread) = (sizes[0], sizes.Length > 1 ? sizes[1] : 0);
        var runFor = TimeSpan.FromSeconds(options.SecondsOr(options.Smoke ? 70 : 185));
        var window = TimeSpan.FromSeconds(options.Smoke ? 60 : 600);
        var lead = TimeSpan.FromSeconds(options.Smoke ? 10 : 30);
        var rows = new List<IReadOnlyList<string>>();
        SteadyRun.Result? a = null, b = null;
        if (minutely > 0)
        {
            var home = HomeBuilder.Create(Path.Combine(options.Work, Name("steady-minutely", minutely)), console: true, HomeBuilder.MinutelyRows(minutely));
            a = SteadyRun.Measure(options.RunnerExe, home, minutely, runFor, TimeSpan.FromMinutes(1) + Grace, Path.Combine(options.Results, Name("steady-minutely", minutely) + ".tsv"));
            rows.Add(Row("(a) every minute, at second i % 60", minutely / 60.0, a));
            EnsureRan(a);
        }

        if (spread > 0)
        {
            var now = TimeProvider.System.GetUtcNow();
            var first = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero) + lead;
            var home = HomeBuilder.Create(Path.Combine(options.Work, Name("steady-spread", spread)), console: true, HomeBuilder.SpreadHourlyRows(spread, first, window));
            b = SteadyRun.Measure(options.RunnerExe, home, spread, TimeSpan.Zero, lead + window + Grace, Path.Combine(options.Results, Name("steady-spread", spread) + ".tsv"));
            rows.Add(Row(string.Create(CultureInfo.InvariantCulture, $"(b) hourly, once each over {window.TotalMinutes:F0} min"), spread / window.TotalSeconds, b));
            EnsureRan(b);
        }

        var md = new Markdown()
            .Line("## Steady-state memory")
            .Line()
            .Line(string.Create(CultureInfo.InvariantCulture, $"`runner start scheduler` on two generated homes of `/bin/true` jobs, in UTC, each scheduler in its own process: (a) jobs that fire once a minute, job i at second i % 60 of every minute (HOUR and MINUTE `*`, SECOND i % 60), so N / 60 fires a second spread evenly, run until every job has run once and at least {runFor.TotalSeconds:F0} s after the load; (b) hourly jobs (HOUR `*`) at the minute and second of T + i × {window.TotalSeconds:F0} s / N, T being {lead.TotalSeconds:F0} s after the home is written, so each fires once in those {window.TotalSeconds:F0} s (N / {window.TotalSeconds:F0} fires a second), run until every job has run once. Every fire goes through the real pipeline: the fire claimed in runner.db's ledger, the run recorded, its run log written under `jobs/<id>/logs/`. The config is the one of the other sections: `[LOG] console = True` (the scheduler's log on its standard output, read here), `showdelay = False`, `keep_runs = 100`, `keep_days = 30` (the defaults: no job runs often enough here to prune, so the history and the run logs only grow, as they would), `run_max_size` at its default; `[JOB] overlap = skip`, `misfire = skip`, `misfire_grace = 60`. Memory = the resident set (VmRSS of /proc/PID/status): at load = read at the \"schedule loaded\" line; every job run once = when the console log has had a \"fired\" line of every job and runner.db has a DONE run of every job (checked every {SteadyRun.SampleEvery.TotalSeconds:F0} s; \"after\" = seconds from the load); growth per job = (that − at load) / N; max = of the samples every {SteadyRun.SampleEvery.TotalSeconds:F0} s; peak = VmHWM at the end. Runs = DONE runs in runner.db at the end, and per job the fewest–most; other = runs with another outcome plus SKIPPED and NOT STARTED log lines. The samples of a full run are kept in `bench/results/steady-*.tsv`. Alone: `bench/run.sh --only steady --out FILE` (with `--smoke`: 600 and 2,000 jobs, about a minute each)."))
            .Line()
            .Table(["schedule", "jobs", "fires/s", "at load (MiB)", "every job run once (MiB)", "after (s)", "growth per job (KiB)", "at the end (MiB)", "max (MiB)", "peak (MiB)", "runs", "runs per job", "other"], rows);
        if (a is not null && a.Jobs == 6000)
        {
            var growth = (a.AllRun / a.AtLoad) - 1;
            md.Line(string.Create(CultureInfo.InvariantCulture, $"Target (a), 6,000 jobs once a minute: the resident set once every job has run at most 10 % above the one at load: {Stats.Verdict(growth <= 0.10)} ({Describe(a)}, {Stats.F(growth * 100, 1)} %; {Stats.F(a.AtEnd, 1)} MiB at the end, {Stats.F(a.Seconds)} s after the load)."))
                .Line();
        }

        if (b is not null && b.Jobs == 100_000)
        {
            md.Line(string.Create(CultureInfo.InvariantCulture, $"Target (b), 100,000 jobs once each: under 250 MB once every job has run: {Stats.Verdict(b.AllRun < 250)} ({Describe(b)}; peak {Stats.F(b.Peak, 1)} MiB)."))
                .Line();
        }

        return md;
    }

    /// <summary>The smoke run checks that the benchmark works: there, jobs that did not all run fail it (a full run reports them).</summary>
    private void EnsureRan(SteadyRun.Result r)
    {
        if (options.Smoke && double.IsNaN(r.AllRun))
        {
            throw new InvalidOperationException($"steady state: {Describe(r)}");
        }
    }

    private static string Describe(SteadyRun.Result r) => double.IsNaN(r.AllRun)
        ? string.Create(CultureInfo.InvariantCulture, $"only {r.FiredJobs:N0} of {r.Jobs:N0} jobs fired and {r.History.Done:N0} runs were DONE in {r.Seconds:F0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{Stats.F(r.AllRun, 1)} MiB against {Stats.F(r.AtLoad, 1)} MiB at load");

    private static IReadOnlyList<string> Row(string schedule, double firesPerSecond, SteadyRun.Result r) =>
    [
        schedule, Stats.F(r.Jobs), Stats.F(firesPerSecond, 1), Stats.F(r.AtLoad, 1), Stats.F(r.AllRun, 1), Stats.F(r.AllRunAfter),
        Stats.F((r.AllRun - r.AtLoad) * 1024 / r.Jobs, 1), Stats.F(r.AtEnd, 1), Stats.F(r.Max, 1), Stats.F(r.Peak, 1),
        Stats.F(r.History.Done), string.Create(CultureInfo.InvariantCulture, $"{r.History.MinPerJob}–{r.History.MaxPerJob}"), Stats.F(r.History.Other + r.Problems),
    ];

    private static string Name(string what, int jobs) => string.Create(CultureInfo.InvariantCulture, $"{what}-{jobs}");
}
