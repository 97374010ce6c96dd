namespace Runner.Core.Notifications;

/// <summary>
/// The facts of one notification, gathered when the event is recorded; every channel renders
/// them (<see cref="NoticeText"/>, <see cref="NoticeHtml"/>, <see cref="WebhookJson"/>).
/// </summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Scheduler">The scheduler's name ([SCHEDULER] name).</param>
/// <param name="Home">The home folder, for the commands the message suggests.</param>
/// <param name="Host">The machine.</param>
/// <param name="Job">The job, or null for the schedule.</param>
/// <param name="Run">The run, or null when the event is not a run's end.</param>
/// <param name="Detail">Why: the run's message, the schedule's errors, the missed fires; null when nothing to add.</param>
/// <param name="LogTail">The last lines of the run's log (at most <see cref="NoticeText.TailLines"/>).</param>
public sealed record Notice(
    NoticeKind Kind,
    string Scheduler,
    string Home,
    string Host,
    NoticeJob? Job,
    NoticeRun? Run,
    string? Detail,
    IReadOnlyList<string> LogTail);
