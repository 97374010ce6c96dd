using Runner.Core.Notifications;
using Runner.Core.Runs;

namespace Runner.Core.Tests.Notifications;

/// <summary>The alarm rules as a table: a sequence of run ends (outcome, minutes since the start) and the notices they send.</summary>
public sealed class AlarmRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    // outcomes "OUTCOME@MINUTE ...", alarm_after, alarm_interval (minutes), notices sent ("-" for none)
    // ---- alarm_after = 1 (default): every failure alarms, throttled while it keeps failing
    [InlineData("FAILED@0", 1, 10, "ALARM")]
    [InlineData("TIMEOUT@0", 1, 10, "ALARM")]
    [InlineData("KILLED@0", 1, 10, "ALARM")]
    [InlineData("LOST@0", 1, 10, "ALARM")]
    [InlineData("DONE@0", 1, 10, "-")]
    [InlineData("SKIPPED@0 SKIPPED@1", 1, 10, "- -")]
    [InlineData("FAILED@0 FAILED@1 FAILED@9", 1, 10, "ALARM - -")]
    [InlineData("FAILED@0 FAILED@5 FAILED@10 FAILED@15", 1, 10, "ALARM - ALARM -")]
    // ---- RECOVERED once, after the first success that follows an alarm
    [InlineData("FAILED@0 DONE@1 DONE@2", 1, 10, "ALARM RECOVERED -")]
    [InlineData("FAILED@0 SKIPPED@1 DONE@2", 1, 10, "ALARM - RECOVERED")]
    // ---- a new failure after RECOVERED is a new episode: it alarms at once
    [InlineData("FAILED@0 DONE@1 FAILED@2", 1, 10, "ALARM RECOVERED ALARM")]
    // ---- alarm_after = 3: the third consecutive failure alarms; a success resets the count
    [InlineData("FAILED@0 FAILED@1 FAILED@2", 3, 10, "- - ALARM")]
    [InlineData("FAILED@0 FAILED@1 DONE@2 FAILED@3 FAILED@4", 3, 10, "- - - - -")]
    [InlineData("FAILED@0 FAILED@1 DONE@2", 3, 10, "- - -")]
    [InlineData("FAILED@0 FAILED@1 FAILED@2 FAILED@3 FAILED@13", 3, 10, "- - ALARM - ALARM")]
    // ---- interval 0: no throttling
    [InlineData("FAILED@0 FAILED@0 FAILED@0", 1, 0, "ALARM ALARM ALARM")]
    // ---- a clock stepped back before the last alarm does not throttle for ever
    [InlineData("FAILED@30 FAILED@5", 1, 10, "ALARM ALARM")]
    public void Run_ends_send_these_notices(string runs, int alarmAfter, int intervalMinutes, string expected)
    {
        var state = AlarmState.Initial;
        var notices = new List<string>();
        foreach (var run in runs.Split(' '))
        {
            var (outcome, minute) = (RunOutcomes.Parse(run.Split('@')[0], out _)!.Value, int.Parse(run.Split('@')[1], System.Globalization.CultureInfo.InvariantCulture));
            var step = AlarmRules.OnRun(state, outcome, alarmAfter, TimeSpan.FromMinutes(intervalMinutes), Start.AddMinutes(minute));
            notices.Add(step.Notice switch { NoticeKind.Alarm => "ALARM", NoticeKind.Recovered => "RECOVERED", null => "-", var other => other.ToString()! });
            state = step.Next;
        }

        Assert.Equal(expected, string.Join(' ', notices));
    }

    [Fact]
    public void Suppressed_alarms_are_counted_until_the_next_one_is_sent()
    {
        var state = AlarmState.Initial;
        foreach (var minute in new[] { 0, 1, 2, 3 })
        {
            state = AlarmRules.OnRun(state, RunOutcome.Failed, 1, TimeSpan.FromMinutes(10), Start.AddMinutes(minute)).Next;
        }

        var withheld = state.Suppressed;
        var next = AlarmRules.OnRun(state, RunOutcome.Failed, 1, TimeSpan.FromMinutes(10), Start.AddMinutes(11));

        Assert.Equal((3, 4), (withheld, state.Failures));
        Assert.Equal((NoticeKind.Alarm, 0, 5), (next.Notice!.Value, next.Next.Suppressed, next.Next.Failures));
    }

    [Theory]
    [InlineData("a", "a", false)]
    [InlineData("a", "b", true)]
    [InlineData(null, "a", true)]
    public void Schedule_errors_alarm_only_when_they_changed(string? last, string now, bool alarms)
    {
        var step = AlarmRules.OnScheduleErrors(AlarmState.Initial with { ErrorsKey = last }, now, Start);

        Assert.Equal(alarms, step.Notice == NoticeKind.ScheduleInvalid);
        Assert.Equal(now, step.Next.ErrorsKey);
    }

    [Theory]
    // attempts, first delay (s), expected wait (s)
    [InlineData(1, 30, 30)]
    [InlineData(2, 30, 60)]
    [InlineData(3, 30, 120)]
    [InlineData(7, 30, 1920)]
    [InlineData(8, 30, 3600)]
    [InlineData(1000, 30, 3600)]
    [InlineData(1, 0, 0)]
    [InlineData(5, 1, 16)]
    public void Backoff_doubles_up_to_an_hour(int attempts, int firstSeconds, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Backoff.After(attempts, TimeSpan.FromSeconds(firstSeconds)));
}
