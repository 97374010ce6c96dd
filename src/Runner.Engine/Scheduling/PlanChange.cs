namespace Runner.Engine.Scheduling;

/// <summary>What <see cref="FirePlan.Replace"/> did: jobs planned now, and how many were added, retimed and removed.</summary>
internal sealed record PlanChange(int JobCount, int Added, int Changed, int Removed);
