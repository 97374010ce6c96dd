using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Runner.Core.Configuration;
using Runner.Core.Schedules;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Infrastructure.Configuration;
using Runner.Infrastructure.Home;
using Runner.Infrastructure.Logs;
using Runner.Infrastructure.Processes;
using Runner.Infrastructure.Storage;

namespace Runner.Bench;

/// <summary>
/// Launch throughput (SPEC §9): <c>/bin/true</c> launched N times by the C reference
/// (posix_spawn + waitpid), by a bare .NET Process.Start loop, and through Runner's real run
/// pipeline (run record in runner.db, run log file, retention after each run, as the
/// scheduler does), one after the other in each repetition.
/// </summary>
internal sealed class LaunchBenchmark(BenchOptions options)
{
    private const string Program = "/bin/true";

    public async Task<Markdown> RunAsync()
    {
        var launches = options.Smoke ? 100 : 1000;
        var repetitions = options.Smoke ? 1 : 5;
        string[] names = ["C posix_spawn + waitpid", ".NET Process.Start + WaitForExit", "Runner, 1 run at a time", "Runner, 4 runs at a time"];
        var rates = names.Select(_ => new List<double>()).ToArray();
        var ratios = names.Select(_ => new List<double>()).ToArray();
        for (var rep = 0; rep < repetitions; rep++)
        {
            double[] rate =
            [
                await SpawnReferenceAsync(launches).ConfigureAwait(false),
                ProcessStartLoop(launches),
                await RunnerLoopAsync(launches, 1, rep).ConfigureAwait(false),
                await RunnerLoopAsync(launches, 4, rep).ConfigureAwait(false),
            ];
            for (var i = 0; i < names.Length; i++)
            {
                rates[i].Add(rate[i]);
                ratios[i].Add(rate[i] / rate[0]);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"launch rep {rep + 1}: {string.Join(", ", rate.Select(r => Stats.F(r)))} launches/s"));
        }

        var best = Enumerable.Range(2, 2).MaxBy(i => Stats.Median(rates[i]));
        var md = new Markdown()
            .Line("## Launch throughput")
            .Line()
            .Line(string.Create(CultureInfo.InvariantCulture, $"`{Program}` launched {launches:N0} times per measurement, {repetitions} repetitions; each repetition runs the four one after the other, so they share the machine's state. Runner goes through its real run pipeline (`RunPipeline` with `SqliteRunStore`, `RunLogFiles`, the posix_spawn `ProcessLauncher`): a run record written before the start, the pid after it, the outcome at the end, a run log file with its header and closing lines, and the retention rules (`keep_runs = 100`, `keep_days = 30`) after each run, as the scheduler does. The ratio is to the C reference of the same repetition (median of the repetitions)."))
            .Line()
            .Table(
                ["launcher", "launches/s (median)", "min", "max", "ratio to C"],
                names.Select((name, i) => (IReadOnlyList<string>)[name, Stats.F(Stats.Median(rates[i])), Stats.F(rates[i].Min()), Stats.F(rates[i].Max()), Stats.F(Stats.Median(ratios[i]), 2)]));
        var rateMet = Stats.Median(rates[best]) >= 1000;
        var ratioMet = Stats.Median(ratios[best]) >= 0.5;
        md.Line(string.Create(CultureInfo.InvariantCulture, $"Target: at least 1,000 launches/s: {Stats.Verdict(rateMet)} ({Stats.F(Stats.Median(rates[best]))}, {names[best]}); at least half of the C reference: {Stats.Verdict(ratioMet)} ({Stats.F(Stats.Median(ratios[best]), 2)})."))
            .Line();
        return md;
    }

    private async Task<double> SpawnReferenceAsync(int launches)
    {
        using var process = Process.Start(new ProcessStartInfo(Path.Combine(options.Tools, "spawn"), [launches.ToString(CultureInfo.InvariantCulture), Program])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        var parts = output.Split(' ', StringSplitOptions.TrimEntries);
        return double.Parse(parts[0], CultureInfo.InvariantCulture) / double.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    private static double ProcessStartLoop(int launches)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < launches; i++)
        {
            using var process = Process.Start(new ProcessStartInfo(Program) { UseShellExecute = false })!;
            process.WaitForExit();
        }

        return launches / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private async Task<double> RunnerLoopAsync(int launches, int inFlight, int rep)
    {
        var root = HomeBuilder.Create(
            Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"launch-{inFlight}-{rep}")),
            console: false,
            [HomeBuilder.Row(0, Program, "0", "0", "0")],
            jobFolders: true);
        var home = new RunnerHome(root);
        var time = TimeProvider.System;
        var host = new HostFacts(Environment.MachineName, Environment.UserName, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
        var settings = new HomeSettingsSource(home, new Dictionary<string, string>(), new Dictionary<OptionKey, string>(), TimeZoneInfo.Utc);
        using var database = RunnerDatabase.Open(home.DatabasePath);
        var store = new SqliteRunStore(database);
        var logs = new RunLogFiles(home);
        var pipeline = new RunPipeline(new ProcessLauncher(time), store, logs, host, home.Root, time);
        var runs = new ScheduledRuns(pipeline, new Retention(store, logs, settings, time), time);
        var job = new JobResolver(settings).Resolve(ScheduleReader.Read(File.ReadAllText(Path.Combine(root, "schedule.tsv"))).Schedule).Jobs[0];
        var next = 0;
        var failed = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= launches)
            {
                var trigger = time.GetUtcNow();
                var record = await runs.RunAsync(new RunRequest(job, trigger, RunKind.OnTime, trigger), CancellationToken.None).ConfigureAwait(false);
                if (record.Outcome != Core.Runs.RunOutcome.Done)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }))).ConfigureAwait(false);
        var rate = launches / Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (failed > 0)
        {
            throw new InvalidOperationException($"{failed} of {launches} runs did not end DONE");
        }

        return rate;
    }
}
