using Runner.Core.Configuration;
using Runner.Core.Schedules;
using Runner.Core.Scheduling;
using Runner.Engine.Scheduling.Events;
using Runner.Infrastructure.Logs;

namespace Runner.Infrastructure.Tests.Logs;

/// <summary>The scheduler's log: line format, showtime and showdelay, console, rotation by day and by size.</summary>
public sealed class SchedulerLogTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Job Job = new(3, "nightly", string.Empty, string.Empty, "job.sh", Timing.Parse("*", "*", "*", "*", "*"), string.Empty, true, 2, new Dictionary<string, string>());

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"runner-schedlog-{Guid.NewGuid():N}");
    private readonly SetClock _clock = new() { Now = Noon };

    [Fact]
    public void Lines_carry_time_level_and_message_and_wakeups_and_delays_only_when_asked()
    {
        var quiet = Log(Settings());
        quiet.Record(new WokeUp(Noon));
        quiet.Record(new Fired(Job, Noon, TimeSpan.FromMilliseconds(12)));
        Assert.Equal(["2026-01-01 12:00:00|INFO|job nightly (#3): fired 2026-01-01 12:00:00.000+00:00"], Lines("scheduler.log"));

        var chatty = Log(Settings() with { ShowTime = true, ShowDelay = true });
        chatty.Record(new WokeUp(Noon));
        chatty.Record(new Fired(Job, Noon, TimeSpan.FromMilliseconds(12)));
        Assert.Equal("2026-01-01 12:00:00|INFO|woke up at 2026-01-01 12:00:00.000+00:00", Lines("scheduler.log")[1]);
        Assert.Equal("2026-01-01 12:00:00|INFO|job nightly (#3): fired 2026-01-01 12:00:00.000+00:00 (12 ms late)", Lines("scheduler.log")[2]);
    }

    [Fact]
    public void Console_writes_to_the_console_instead_of_the_file()
    {
        using var console = new StringWriter();
        var log = new SchedulerLog(_folder, Settings() with { Console = true }, TimeZoneInfo.Utc, _clock, console);

        log.Write("WARNING", "careful");

        Assert.Equal("2026-01-01 12:00:00|WARNING|careful\n", console.ToString().ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(_folder, "scheduler.log")));
    }

    [Fact]
    public void Limit_by_day_moves_the_file_of_an_earlier_day_aside()
    {
        var log = Log(Settings() with { LimitByDay = true });
        log.Write("INFO", "first day");
        File.SetLastWriteTimeUtc(Path.Combine(_folder, "scheduler.log"), Noon.UtcDateTime);

        _clock.Now = Noon.AddDays(1);
        log.Write("INFO", "second day");

        Assert.Equal(["2026-01-01 12:00:00|INFO|first day"], Lines("scheduler-20260101.log"));
        Assert.Equal(["2026-01-02 12:00:00|INFO|second day"], Lines("scheduler.log"));
    }

    [Fact]
    public void Limit_by_size_moves_a_full_file_aside_under_the_first_free_name()
    {
        var log = Log(Settings() with { LimitBySize = true, MaxSize = 80 });
        var line = new string('x', 40);

        log.Write("INFO", "1" + line);
        log.Write("INFO", "2" + line);
        log.Write("INFO", "3" + line);

        Assert.EndsWith("1" + line, Assert.Single(Lines("scheduler-20260101.log")), StringComparison.Ordinal);
        Assert.EndsWith("2" + line, Assert.Single(Lines("scheduler-20260101-1.log")), StringComparison.Ordinal);
        Assert.EndsWith("3" + line, Assert.Single(Lines("scheduler.log")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static LogSettings Settings() => new(false, false, false, 0, false, false, 0, 0, 0);

    private SchedulerLog Log(LogSettings settings) => new(_folder, settings, TimeZoneInfo.Utc, _clock, TextWriter.Null);

    private string[] Lines(string file) => File.ReadAllLines(Path.Combine(_folder, file));

    private sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
