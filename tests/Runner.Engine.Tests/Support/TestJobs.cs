using Runner.Core.Schedules;
using Runner.Core.Scheduling;

namespace Runner.Engine.Tests.Support;

/// <summary>Jobs and schedules built in code; each call makes new objects, as a reload of the file does.</summary>
public static class TestJobs
{
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>A job with the time fields given (empty: every value).</summary>
    public static Job Job(
        int id, string hour = "*", string minute = "*", string second = "*", string monthDay = "*", string weekDay = "*", bool active = true, string? name = null) =>
        With(id, Timing.Parse(monthDay, weekDay, hour, minute, second), active, name);

    public static Job With(int id, Timing timing, bool active = true, string? name = null) =>
        new(id, name ?? $"job{id}", string.Empty, string.Empty, "job.sh", timing, string.Empty, active, id + 2, new Dictionary<string, string>());

    public static Job EverySecond(int id) => Job(id);

    public static Job EveryMinute(int id) => Job(id, second: "0");

    public static Schedule Schedule(params Job[] jobs) => new(jobs);

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
