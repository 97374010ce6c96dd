using Runner.Core.Configuration;
using Runner.Core.Schedules;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>Jobs resolved as the scheduler takes them, with the built-in settings and a chosen misfire rule or overlap policy.</summary>
public static class Resolution
{
    /// <summary>The settings of a home that sets nothing.</summary>
    public static JobSettings Defaults { get; } = JobSettings.From(LayeredConfig.Create(new ConfigSources()), out _)!;

    /// <summary>The main settings of a home that sets nothing, in UTC.</summary>
    public static HomeSettings Main { get; } = new(LayeredConfig.Create(new ConfigSources()), TimeZoneInfo.Utc, []);

    public static ResolvedJob Of(Job row, MisfireRule? rule = null, OverlapPolicy? overlap = null, TimeZoneInfo? zone = null)
    {
        var settings = Defaults;
        if (rule is not null)
        {
            settings = settings with { Misfire = rule };
        }

        if (overlap is { } policy)
        {
            settings = settings with { Policy = settings.Policy with { Overlap = policy } };
        }

        return new ResolvedJob(row, settings, string.Empty, zone ?? TimeZoneInfo.Utc, [], string.Empty);
    }

    /// <summary>Every job of the schedule resolved with the defaults.</summary>
    public static ResolvedSchedule Resolved(this Schedule schedule) => new(schedule, Main, [.. schedule.Jobs.Select(j => Of(j))]);

    /// <summary>Every job of <paramref name="schedule"/> resolved with the rule <paramref name="rules"/> gives it.</summary>
    public static ResolvedSchedule Of(Schedule schedule, FixedMisfireRules rules, TimeZoneInfo? zone = null) =>
        new(schedule, Main, [.. schedule.Jobs.Select(j => Of(j, rules.RuleOf(j), zone: zone))]);
}
