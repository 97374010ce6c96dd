using System.Text.Json;
using System.Text.Json.Nodes;
using Runner.Core.Runs;

namespace Runner.Core.Notifications;

/// <summary>
/// The webhook body of a notice: a JSON object whose <c>text</c> field is what Slack (and
/// Mattermost, Rocket.Chat, Teams' incoming webhooks) show, plus the facts as fields for
/// programs: <c>event</c>, <c>subject</c>, <c>scheduler</c>, <c>host</c>, <c>job</c>, <c>run</c>, <c>detail</c>.
/// </summary>
public static class WebhookJson
{
    public static string Body(Notice notice)
    {
        var text = NoticeText.Subject(notice) + "\n" + NoticeText.Headline(notice);
        if (notice.Detail is { Length: > 0 } detail)
        {
            text += "\n" + detail;
        }

        var body = new JsonObject
        {
            ["text"] = text,
            ["event"] = Name(notice.Kind),
            ["subject"] = NoticeText.Subject(notice),
            ["scheduler"] = notice.Scheduler,
            ["host"] = notice.Host,
            ["job"] = notice.Job is { } job ? new JsonObject { ["id"] = job.Id, ["name"] = job.Name, ["description"] = job.Description } : null,
            ["run"] = notice.Run is { } run ? new JsonObject
            {
                ["run_id"] = run.RunId,
                ["status"] = run.Outcome.DisplayName(),
                ["trigger"] = run.Trigger.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                ["attempt"] = run.Attempt,
                ["exit_code"] = run.ExitCode,
                ["seconds"] = Math.Round(run.Spent.TotalSeconds, 3),
                ["failures"] = run.Failures,
                ["log"] = run.LogPath,
            }
            : null,
            ["detail"] = notice.Detail,
        };
        return body.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>ALARM, RECOVERED, SCHEDULE_INVALID, MISSED_FIRES, MESSAGE.</summary>
    public static string Name(NoticeKind kind) => kind switch
    {
        NoticeKind.Alarm => "ALARM",
        NoticeKind.Recovered => "RECOVERED",
        NoticeKind.ScheduleInvalid => "SCHEDULE_INVALID",
        NoticeKind.MissedFires => "MISSED_FIRES",
        NoticeKind.Message => "MESSAGE",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
