using Runner.Engine.Scheduling;
using Runner.Engine.Scheduling.Events;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>The scheduler log's lines, byte for byte.</summary>
public sealed class SchedulerMessagesTests
{
    private static readonly DateTimeOffset Noon = At("2024-05-01T12:00:00Z");

    public static TheoryData<SchedulerEvent, string> Lines => new()
    {
        { new Fired(Job(7, name: "backup"), Noon, TimeSpan.FromMilliseconds(12.4)), "job backup (#7): fired 2024-05-01 12:00:00.000+00:00 (12 ms late)" },
        { new Skipped(Job(7, name: "backup"), Noon, SkipReason.Misfire), "job backup (#7): missed fire 2024-05-01 12:00:00.000+00:00 SKIPPED ([JOB] misfire)" },
        {
            new MisfiresSummarized(Job(7, name: "backup"), 1050, true, Noon, Noon.AddDays(365)),
            "job backup (#7): at least 1050 more missed fires from 2024-05-01 12:00:00.000+00:00 to 2025-05-01 12:00:00.000+00:00 SKIPPED ([JOB] misfire)"
        },
        {
            new ClockStepped(Noon, Noon.AddHours(-1)),
            "the wall clock jumped backward by 0.01:00:00: 2024-05-01 12:00:00.000+00:00 became 2024-05-01 11:00:00.000+00:00; fires already run are not repeated"
        },
        { new Reloaded(3, 1, 1, 2, false), "schedule reloaded: 3 active jobs (1 added, 1 retimed, 2 removed; the others keep their next fire)" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_event_has_one_line(SchedulerEvent e, string line) => Assert.Equal(line, SchedulerMessages.Describe(e));
}
