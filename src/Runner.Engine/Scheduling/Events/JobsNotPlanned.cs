using Runner.Core.Schedules;
using Runner.Engine.Jobs;

namespace Runner.Engine.Scheduling.Events;

/// <summary>
/// A schedule was applied in which <paramref name="Invalid"/> jobs are left out of the plan
/// because their configuration became invalid (or its errors changed; each job's problems say
/// where), and <paramref name="Fixed"/> jobs, invalid before, are planned again.
/// <paramref name="AllInvalid"/> are every job not planned for that reason, known or new.
/// </summary>
public sealed record JobsNotPlanned(IReadOnlyList<ResolvedJob> Invalid, IReadOnlyList<Job> Fixed, IReadOnlyList<ResolvedJob> AllInvalid) : SchedulerEvent;
