using Runner.Core.Diagnostics;

namespace Runner.Engine.Jobs;

/// <summary>Every problem of the schedule and the configuration; valid when no error is among them.</summary>
public sealed record CheckReport(IReadOnlyList<Diagnostic> Problems, int JobCount)
{
    public bool IsValid => Problems.All(p => !p.IsError);
}
