using System.Globalization;
using Runner.Core.Configuration;
using Runner.Engine.Ports;
using Runner.Engine.Scheduling;
using Runner.Engine.Scheduling.Events;

namespace Runner.Infrastructure.Logs;

/// <summary>
/// The scheduler's own log, <c>logs/scheduler.log</c>: one <c>yyyy-MM-dd HH:mm:ss|LEVEL|message</c>
/// line per event, in the schedule's zone. <c>[LOG] console</c> writes to <paramref name="console"/>
/// instead; <c>showtime</c> logs wake-ups, <c>showdelay</c> each fire's lateness. With
/// <c>limit_by_day</c> a file of an earlier day is renamed <c>scheduler-YYYYMMDD.log</c>; with
/// <c>limit_by_size</c> a file reaching <c>max_size</c> is renamed <c>scheduler-YYYYMMDD-N.log</c>.
/// Thread-safe: the loop, the dispatcher and the watcher write to it.
/// </summary>
public sealed class SchedulerLog(string logsFolder, LogSettings settings, TimeZoneInfo zone, TimeProvider time, TextWriter console) : ISchedulerJournal
{
    private readonly Lock _gate = new();

    public string Path { get; } = System.IO.Path.Combine(logsFolder, "scheduler.log");

    public void Record(SchedulerEvent e)
    {
        switch (e)
        {
            case WokeUp when !settings.ShowTime:
                return;
            case Fired f when !settings.ShowDelay:
                Write("INFO", SchedulerMessages.FiredPlain(f));
                return;
            case ScheduleRejected r:
                Write("ERROR", $"schedule NOT reloaded, the last valid one stays in force: {r.Errors.Count.ToString(CultureInfo.InvariantCulture)} errors");
                foreach (var error in r.Errors)
                {
                    Write("ERROR", error.ToString());
                }

                return;
            case JobsNotPlanned n:
                foreach (var job in n.Invalid.Take(JobsListed))
                {
                    Write("ERROR", SchedulerMessages.NotPlanned(job));
                    foreach (var error in job.Problems.Where(p => p.IsError))
                    {
                        Write("ERROR", error.ToString());
                    }
                }

                if (n.Invalid.Count > JobsListed)
                {
                    Write("ERROR", $"{(n.Invalid.Count - JobsListed).ToString(CultureInfo.InvariantCulture)} more jobs are not planned for an invalid configuration; `runner check schedule` lists every error");
                }

                foreach (var job in n.Fixed)
                {
                    Write("INFO", SchedulerMessages.PlannedAgain(job));
                }

                return;
            default:
                Write(LevelOf(e), SchedulerMessages.Describe(e));
                return;
        }
    }

    /// <summary>Jobs not planned listed one by one (with their errors) at one reload; the rest in one line.</summary>
    public const int JobsListed = 10;

    /// <summary>Writes one line.</summary>
    public void Write(string level, string message)
    {
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var line = $"{now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}|{level}|{message.ReplaceLineEndings(" ")}";
        lock (_gate)
        {
            if (settings.Console)
            {
                console.WriteLine(line);
                console.Flush();
                return;
            }

            Directory.CreateDirectory(logsFolder);
            Rotate(now, line.Length + 1);
            File.AppendAllText(Path, line + "\n");
        }
    }

    private static string LevelOf(SchedulerEvent e) => e switch
    {
        FireFailed => "ERROR",
        Skipped or MisfiresSummarized or ClaimRefused or ClockStepped or MisfireRun => "WARNING",
        _ => "INFO",
    };

    private void Rotate(DateTimeOffset now, long adding)
    {
        var file = new FileInfo(Path);
        if (!file.Exists)
        {
            return;
        }

        var fileDay = TimeZoneInfo.ConvertTime(new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), zone).Date;
        if (settings.LimitByDay && fileDay < now.Date)
        {
            MoveAside($"scheduler-{fileDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
        }
        else if (settings.LimitBySize && settings.MaxSize > 0 && file.Length + adding > settings.MaxSize)
        {
            MoveAside($"scheduler-{now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Renames the current file to STEM.log, or STEM-N.log with the first free N.</summary>
    private void MoveAside(string stem)
    {
        var target = System.IO.Path.Combine(logsFolder, stem + ".log");
        for (var n = 1; File.Exists(target); n++)
        {
            target = System.IO.Path.Combine(logsFolder, $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}.log");
        }

        File.Move(Path, target);
    }
}
