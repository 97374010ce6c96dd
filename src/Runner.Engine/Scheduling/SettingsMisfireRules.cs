using System.Collections.Concurrent;
using Runner.Core.Configuration;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Engine.Scheduling;

/// <summary>
/// Each job's misfire rule from its configuration (<c>[JOB] misfire</c>, <c>misfire_cap</c>,
/// <c>misfire_grace</c>), cached until <see cref="Forget"/> (called on each schedule change);
/// an invalid configuration gives <see cref="MisfireRule.Default"/>.
/// </summary>
public sealed class SettingsMisfireRules(ISettingsSource settings) : IMisfireRules
{
    private readonly ConcurrentDictionary<int, MisfireRule> _rules = new();

    public MisfireRule RuleOf(Job job) => _rules.GetOrAdd(job.Id, id =>
        JobPolicy.From(settings.Load(id).Config, out _) is { } policy ? MisfireRule.From(policy) : MisfireRule.Default);

    /// <summary>Drops the cached rules, so the next ask reads the configuration again.</summary>
    public void Forget() => _rules.Clear();
}
