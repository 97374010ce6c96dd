using Runner.Core.Diagnostics;
using Runner.Core.Schedules;

namespace Runner.Engine.Ports;

/// <summary>
/// The schedule as the running scheduler takes it: versions of the jobs and a signal for each
/// change, not a file's text. schedule.tsv today (<c>ScheduleWatcher</c>); a database table can
/// take its place. A version is delivered only when it is whole and valid; an invalid, empty or
/// missing one is rejected with every error, and the last valid one stays in force.
/// </summary>
public interface IScheduleSource : IDisposable
{
    /// <summary>How messages name it, e.g. <c>schedule.tsv</c>.</summary>
    string ShownAs { get; }

    /// <summary>
    /// Starts delivering: the version there is now at once (to <paramref name="apply"/>, or its
    /// errors to <paramref name="reject"/>), then each new version as it comes. A version equal
    /// to the last one read is not delivered again.
    /// </summary>
    void Start(Action<Schedule> apply, Action<IReadOnlyList<Diagnostic>> reject);
}
