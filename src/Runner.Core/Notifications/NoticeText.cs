using System.Globalization;
using System.Text;
using Runner.Core.Runs;

namespace Runner.Core.Notifications;

/// <summary>The subject, the facts as label/value rows, and the plain-text body of a notice.</summary>
public static class NoticeText
{
    /// <summary>How many of the log's last lines a message quotes.</summary>
    public const int TailLines = 50;

    /// <summary><c>[runner] ALARM: job NAME (#ID) OUTCOME</c> and its kin.</summary>
    public static string Subject(Notice notice) => notice switch
    {
        { Kind: NoticeKind.Alarm, Job: { } job, Run: { } run } => $"[runner] ALARM: job {job.Name} (#{Id(job)}) {run.Outcome.DisplayName()}",
        { Kind: NoticeKind.Recovered, Job: { } job } => $"[runner] RECOVERED: job {job.Name} (#{Id(job)}) DONE",
        { Kind: NoticeKind.MissedFires, Job: { } job } => $"[runner] ALARM: job {job.Name} (#{Id(job)}) MISSED FIRES",
        { Kind: NoticeKind.ScheduleInvalid } => $"[runner] ALARM: the schedule of {notice.Scheduler} is invalid",
        _ => $"[runner] {notice.Kind.ToString().ToUpperInvariant()}",
    };

    /// <summary>One sentence saying what happened.</summary>
    public static string Headline(Notice notice) => notice switch
    {
        { Kind: NoticeKind.Alarm, Job: { } job, Run: { } run } => $"Job {job.Name} (#{Id(job)}) ended {run.Outcome.DisplayName()} on {notice.Host}.",
        { Kind: NoticeKind.Recovered, Job: { } job } => $"Job {job.Name} (#{Id(job)}) succeeded again on {notice.Host}.",
        { Kind: NoticeKind.MissedFires, Job: { } job } => $"Job {job.Name} (#{Id(job)}) missed fires on {notice.Host}.",
        { Kind: NoticeKind.ScheduleInvalid } => $"The schedule of {notice.Scheduler} on {notice.Host} is invalid; the last valid one stays in force.",
        { Kind: NoticeKind.Message } => $"A message from {notice.Scheduler} on {notice.Host}.",
        _ => notice.Detail ?? string.Empty,
    };

    /// <summary>The facts, in display order; rows without a value are left out.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Facts(Notice notice)
    {
        var rows = new List<KeyValuePair<string, string>>();
        if (notice.Job is { } job)
        {
            Add("Job", $"{job.Name} (#{Id(job)})");
            Add("Description", job.Description);
        }

        if (notice.Run is { } run)
        {
            Add("Outcome", run.Outcome.DisplayName());
            Add("Trigger", run.Trigger.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            Add("Run", run.Attempt > 1 ? $"{Num(run.RunId)} (attempt {Num(run.Attempt)})" : Num(run.RunId));
            Add("Exit code", run.ExitCode is int code ? Num(code) : "none");
            Add("Time spent", Spent(run.Spent));
            if (run.Failures > 0)
            {
                Add("Failures", $"{Num(run.Failures)} in a row");
            }

            if (run.Suppressed > 0)
            {
                Add("Throttled", $"{Num(run.Suppressed)} alarms withheld since the last one");
            }
        }

        Add("Host", notice.Host);
        Add("Scheduler", notice.Scheduler);
        Add("Home", notice.Home);
        return rows;

        void Add(string label, string value)
        {
            if (value.Length > 0)
            {
                rows.Add(new(label, value));
            }
        }
    }

    /// <summary>The command that prints the whole log: <c>runner logs ID RUN --home HOME</c>.</summary>
    public static string? LogsCommand(Notice notice) =>
        notice is { Job: { } job, Run: { } run } ? $"runner logs {Id(job)} {Num(run.RunId)} --home {ShellQuote.Quote(notice.Home)}" : null;

    /// <summary>The plain-text body.</summary>
    public static string Body(Notice notice)
    {
        var text = new StringBuilder();
        text.Append(Headline(notice)).Append('\n').Append('\n');
        var facts = Facts(notice);
        var width = facts.Count == 0 ? 0 : facts.Max(f => f.Key.Length) + 2;
        foreach (var (label, value) in facts)
        {
            text.Append((label + ":").PadRight(width)).Append(value).Append('\n');
        }

        if (notice.Detail is { Length: > 0 } detail && notice.Kind != NoticeKind.Message)
        {
            text.Append('\n').Append(detail).Append('\n');
        }

        if (notice.LogTail.Count > 0)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"Last {notice.LogTail.Count} lines of the log:").Append('\n');
            foreach (var line in notice.LogTail)
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        if (LogsCommand(notice) is { } command)
        {
            text.Append('\n').Append("The whole log: ").Append(command).Append('\n');
        }

        return text.ToString();
    }

    /// <summary><c>1.234 s</c>, or <c>1 h 02 min 03 s</c> past an hour.</summary>
    public static string Spent(TimeSpan spent) => spent < TimeSpan.FromHours(1)
        ? spent.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s"
        : string.Create(CultureInfo.InvariantCulture, $"{(int)spent.TotalHours} h {spent.Minutes:00} min {spent.Seconds:00} s");

    private static string Id(NoticeJob job) => Num(job.Id);

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
