using Runner.Core.Configuration;

namespace Runner.Engine.Ports;

/// <summary>
/// What the scheduler does with a job's late fires: a fire handled at most <see cref="Grace"/>
/// after its instant runs normally; a later one is missed and follows <see cref="Policy"/>
/// (<c>skip</c>: none runs; <c>once</c>: the latest runs; <c>all</c>: the latest <see cref="Cap"/> run).
/// </summary>
public sealed record MisfireRule(MisfirePolicy Policy, int Cap, TimeSpan Grace)
{
    /// <summary>The least grace applied: a wake-up a few milliseconds late is jitter, not a missed fire (even with <c>misfire_grace = 0</c>).</summary>
    public static readonly TimeSpan MinimumGrace = TimeSpan.FromSeconds(1);

    /// <summary>The defaults of <c>[JOB]</c>: skip, cap 10, grace 60 s.</summary>
    public static MisfireRule Default { get; } = new(MisfirePolicy.Skip, 10, TimeSpan.FromSeconds(60));

    /// <summary>The grace in force: <see cref="Grace"/>, at least <see cref="MinimumGrace"/>.</summary>
    public TimeSpan EffectiveGrace => Grace < MinimumGrace ? MinimumGrace : Grace;

    /// <summary>How many of a job's missed fires run (the most recent ones): 0, 1 or the cap (at least 1).</summary>
    public int MissedRuns => Policy switch
    {
        MisfirePolicy.Skip => 0,
        MisfirePolicy.Once => 1,
        _ => Math.Max(1, Cap),
    };

    /// <summary>The rule of a job's policy.</summary>
    public static MisfireRule From(JobPolicy policy) => new(policy.Misfire, policy.MisfireCap, policy.MisfireGrace);
}
