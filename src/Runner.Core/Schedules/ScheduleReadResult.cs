using Runner.Core.Diagnostics;

namespace Runner.Core.Schedules;

/// <summary>
/// What <see cref="ScheduleReader"/> found: the lossless <see cref="Table"/> (to rewrite),
/// the rows that were valid (to display), and every error in line and column order. Apply
/// the schedule only when <see cref="IsValid"/>.
/// </summary>
public sealed record ScheduleReadResult(ScheduleTable Table, Schedule Schedule, IReadOnlyList<Diagnostic> Errors)
{
    public bool IsValid => Errors.All(e => !e.IsError);
}
