using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>One misfire rule for every job, or a rule per job id: what the harness resolves each job with.</summary>
public sealed class FixedMisfireRules(MisfireRule rule)
{
    private readonly Dictionary<int, MisfireRule> _byJob = [];

    public MisfireRule Rule { get; set; } = rule;

    public void Set(int jobId, MisfireRule rule) => _byJob[jobId] = rule;

    public MisfireRule RuleOf(Job job) => _byJob.GetValueOrDefault(job.Id, Rule);
}
