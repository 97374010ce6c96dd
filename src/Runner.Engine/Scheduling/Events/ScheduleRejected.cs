using Runner.Core.Diagnostics;

namespace Runner.Engine.Scheduling.Events;

/// <summary>A new version of the schedule was invalid and not applied; the last valid one stays in force.</summary>
public sealed record ScheduleRejected(IReadOnlyList<Diagnostic> Errors) : SchedulerEvent;
