using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Runner.Bench;

/// <summary>
/// One steady-state measurement: <c>runner start scheduler</c> on a home of N jobs, its resident
/// set (VmRSS) read at its "schedule loaded" line, every <see cref="SampleEvery"/> while it runs,
/// once every job has run (a "fired" line of every job in its console log, then a DONE run of every
/// job in runner.db) and at the end. Writes the samples to a TSV file beside the results.
/// </summary>
internal static class SteadyRun
{
    public static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Measures until <paramref name="runFor"/> after the load has passed and every job has run once,
    /// or, when they have not all run, until <paramref name="allRunWithin"/> after the load.
    /// </summary>
    public static Result Measure(string runner, string home, int jobs, TimeSpan runFor, TimeSpan allRunWithin, string samplesFile)
    {
        using var child = Child.Start(runner, ["--home", home, "start", "scheduler"]);
        var loaded = child.WaitForLine("schedule loaded", TimeSpan.FromSeconds(120))
            ?? throw new InvalidOperationException($"the scheduler of {home} did not load its schedule within 120 s");
        var atLoad = child.Memory().Rss;
        var loadedAt = TimeProvider.System.GetUtcNow();
        var fired = new bool[jobs];
        int firedJobs = 0, problems = 0;
        long fires = 0;
        var allRun = double.NaN;
        var allRunAfter = double.NaN;
        var samples = new StringBuilder("seconds after load\tVmRSS (MiB)\tjobs fired\tfires\n");
        var max = atLoad;
        var next = loaded;
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= next)
            {
                next += (long)(SampleEvery.TotalSeconds * Stopwatch.Frequency);
                var seconds = Child.Ms(loaded, now) / 1000;
                if (child.HasExited)
                {
                    throw new InvalidOperationException($"the scheduler of {home} ended {seconds:F0} s after its load");
                }

                var rss = child.Memory().Rss;
                max = Math.Max(max, rss);
                samples.Append(CultureInfo.InvariantCulture, $"{seconds:F1}\t{rss:F1}\t{firedJobs}\t{fires}\n");
                if (double.IsNaN(allRun) && firedJobs == jobs && RunHistory.JobsDone(home) == jobs)
                {
                    (allRun, allRunAfter) = (rss, seconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"steady {jobs} jobs: every job ran once {seconds:F0} s after the load, VmRSS {rss:F1} MiB (at load {atLoad:F1})"));
                }

                if (seconds >= runFor.TotalSeconds && (!double.IsNaN(allRun) || seconds >= allRunWithin.TotalSeconds))
                {
                    break;
                }

                continue;
            }

            if (child.TryTakeLine(TimeSpan.FromSeconds((next - now) / (double)Stopwatch.Frequency), out var line))
            {
                if (FiredJob(line) is { } id && id >= 0 && id < jobs)
                {
                    fires++;
                    firedJobs += fired[id] ? 0 : 1;
                    fired[id] = true;
                }
                else if (line.Contains("SKIPPED", StringComparison.Ordinal) || line.Contains("NOT STARTED", StringComparison.Ordinal))
                {
                    problems++;
                }
            }
        }

        var (atEnd, peak) = child.Memory();
        var stoppedAfter = (TimeProvider.System.GetUtcNow() - loadedAt).TotalSeconds;
        child.Stop(TimeSpan.FromSeconds(60));
        File.WriteAllText(samplesFile, samples.ToString());
        return new Result(jobs, atLoad, allRun, allRunAfter, Math.Max(max, atEnd), atEnd, peak, stoppedAfter, firedJobs, fires, problems, RunHistory.Count(home, jobs));
    }

    /// <summary>The job id of a scheduler log line "job NAME (#ID): fired INSTANT", or null for any other line.</summary>
    private static int? FiredJob(string line)
    {
        var fired = line.IndexOf("): fired ", StringComparison.Ordinal);
        var hash = fired < 0 ? -1 : line.LastIndexOf("(#", fired, StringComparison.Ordinal);
        return hash >= 0 && int.TryParse(line.AsSpan(hash + 2, fired - hash - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>
    /// Resident sets in MiB: at the load, once every job had run (NaN when they had not all run in time) and
    /// how many seconds after the load that was, the largest sample, at the end, the peak (VmHWM); the
    /// jobs with a "fired" line, the "fired" lines, the SKIPPED and NOT STARTED lines, and runner.db's history.
    /// </summary>
    internal sealed record Result(
        int Jobs, double AtLoad, double AllRun, double AllRunAfter, double Max, double AtEnd, double Peak, double Seconds,
        int FiredJobs, long Fires, int Problems, RunHistory.Counts History);
}
