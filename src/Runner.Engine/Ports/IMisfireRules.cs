using Runner.Core.Schedules;

namespace Runner.Engine.Ports;

/// <summary>
/// The misfire rule of each job (<c>misfire</c>, <c>misfire_cap</c>, <c>misfire_grace</c> from
/// its config.ini over the main one). The loop asks for every due job, so implementations cache.
/// </summary>
public interface IMisfireRules
{
    MisfireRule RuleOf(Job job);
}
