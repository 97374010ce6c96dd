using System.Globalization;
using System.Text;
using MimeKit;
using Runner.Infrastructure.Tests.Notifications.Support;
using Runner.Tests.Notifications.Support;
using Runner.Tests.Support;

namespace Runner.Tests.Notifications;

/// <summary>
/// Notifications end to end: the published runner, real jobs, a real SMTP server (aiosmtpd)
/// and a real HTTP listener; every wait polls a condition.
/// </summary>
[Collection(PublishedRunnerGroup.Name)]
public sealed class NotificationTests(PublishedRunner runner)
{
    private const string Header = "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n";
    private const string Password = "Sup3r-S3cret_pw";

    private static readonly Dictionary<string, string> Quick = new() { ["RUNNER_SCHEDULER_STOP_GRACE"] = "2" };

    [Fact]
    public void A_failing_scheduled_job_alarms_its_persons_and_the_owner_over_starttls_with_login_and_need_debug_never_logs_the_password()
    {
        using var server = new SmtpTestServer(tls: true, user: "runner", password: Password);
        using var home = Home(Email(server.Port, "tls = starttls\nneed_login = True\nuser = runner\nneed_debug = True"), ("backup", "echo \"copying <files> & more\"; echo 'disk full' >&2; exit 3"));
        var environment = new Dictionary<string, string>(Quick) { ["RUNNER_EMAIL_PASSWORD"] = Password, ["SSL_CERT_FILE"] = server.CertificatePath! };

        using (new SchedulerProcess(runner, home.Path, environment))
        {
            Poll.Until(() => server.Received.Count >= 1, "the alarm arrived");
            Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);
        }

        var mail = Assert.Single(server.Received);
        Assert.True(mail.Tls && mail.Login, "STARTTLS and a login were used");
        Assert.Equal(["dev@example.com", "owner@example.com"], mail.Recipients);
        Assert.Equal("[runner] ALARM: job backup (#0) FAILED", mail.Message.Subject);
        var text = mail.Message.TextBody!.ReplaceLineEndings("\n");
        Assert.Contains("Job backup (#0) ended FAILED on ", text, StringComparison.Ordinal);
        Assert.Contains("Description: the backup job\n", text, StringComparison.Ordinal);
        Assert.Contains("Exit code:   3\n", text, StringComparison.Ordinal);
        Assert.Contains("|INFO|copying <files> & more", text, StringComparison.Ordinal);
        Assert.Contains("|ERROR|disk full", text, StringComparison.Ordinal);
        Assert.Contains($"The whole log: runner logs 0 1 --home {home.Path}", text, StringComparison.Ordinal);
        var html = mail.Message.HtmlBody!;
        Assert.Contains("|INFO|copying &lt;files&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("<table role=\"presentation\"", html, StringComparison.Ordinal);
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(mail.Message.Attachments));
        Assert.EndsWith(".log", attachment.FileName, StringComparison.Ordinal);
        Assert.Contains("JOB FAILED.", Decode(attachment), StringComparison.Ordinal);

        var log = File.ReadAllText(home.File("logs/scheduler.log"));
        Assert.Contains("|DEBUG|smtp C: AUTH ", log, StringComparison.Ordinal);
        Assert.Contains("|DEBUG|smtp S: 235", log, StringComparison.Ordinal);
        Assert.Contains("|INFO|e-mail 1 ALARM to dev@example.com, owner@example.com: sent", log, StringComparison.Ordinal);
        foreach (var secret in SecretForms("runner", Password))
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, File.ReadAllText(home.File("config.ini")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Three_jobs_failing_while_the_server_is_down_alarm_exactly_once_each_after_it_is_up_again_and_a_restart()
    {
        using var server = new SmtpTestServer();
        using var home = Home(Email(server.Port, string.Empty), ("first", "exit 1"), ("second", "exit 2"), ("third", "exit 3"));
        server.Stop();

        using (new SchedulerProcess(runner, home.Path, Quick))
        {
            Poll.Until(() => SchedulerLog(home).Split('\n').Count(l => l.Contains("not sent (attempt 1)", StringComparison.Ordinal)) >= 3, "three alarms failed once");
            Poll.Until(() => runner.Run(home.Path, null, "history", "0", "--last", "100").Output.Split('\n').Count(l => l.Contains("FAILED", StringComparison.Ordinal)) >= 3, "the job kept firing while mail was down");
            Assert.Equal(0, runner.Run(home.Path, null, "stop", "scheduler").ExitCode);
        }

        server.Start();
        using (new SchedulerProcess(runner, home.Path, Quick))
        {
            Poll.Until(() => server.Received.Count >= 3, "three alarms arrived");
            Poll.Until(() => SchedulerLog(home).Split('\n').Count(l => l.Contains(": sent at attempt", StringComparison.Ordinal)) >= 3, "three alarms marked sent");
            runner.Run(home.Path, null, "stop", "scheduler");
        }

        Assert.Equal(
            ["[runner] ALARM: job first (#0) FAILED", "[runner] ALARM: job second (#1) FAILED", "[runner] ALARM: job third (#2) FAILED"],
            server.Received.Select(m => m.Message.Subject).Order(StringComparer.Ordinal));
        Assert.Contains("Failures:    1 in a row", server.Received[0].Message.TextBody!, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_job_sends_the_alarm_and_then_recovered_and_posts_both_to_the_webhook_retrying_a_500()
    {
        using var server = new SmtpTestServer();
        using var hook = new WebhookListener(500);
        using var home = Home(Email(server.Port, string.Empty) + $"[WEBHOOK]\nurl = {hook.Url}\nretry_delay = 1\n", ("flaky", "test -e ../../ok || { touch ../../ok; echo broken; exit 5; }; echo fine"));

        var failed = runner.Run(home.Path, null, "run", "job", "0", "--yes");
        var mailsAfterFailure = server.Received.Count;
        var done = runner.Run(home.Path, null, "run", "job", "0", "--yes");

        Assert.Equal(5, failed.ExitCode);
        Assert.Equal(1, mailsAfterFailure);
        Assert.Equal(0, done.ExitCode);
        Assert.Equal(["[runner] ALARM: job flaky (#0) FAILED", "[runner] RECOVERED: job flaky (#0) DONE"], server.Received.Select(m => m.Message.Subject));
        Assert.Contains("INFO: e-mail 1 ALARM to dev@example.com, owner@example.com: sent", failed.Output, StringComparison.Ordinal);
        Assert.Contains("WARNING: webhook 2 ALARM to", failed.Errors, StringComparison.Ordinal);

        // The webhook's first answer was 500: the scheduler delivers what the commands left queued.
        using (new SchedulerProcess(runner, home.Path, Quick))
        {
            Poll.Until(() => hook.Requests.Count(r => r.Answer == 200) >= 2, "both webhook posts accepted");
            runner.Run(home.Path, null, "stop", "scheduler");
        }

        // The ALARM was posted twice (500, then 200), the RECOVERED once; which came second depends on when its retry fell due.
        Assert.Equal(3, hook.Requests.Count);
        var alarms = hook.Requests.Where(r => r.Body.Contains("\"event\":\"ALARM\"", StringComparison.Ordinal)).ToList();
        Assert.Equal([500, 200], alarms.Select(r => r.Answer));
        Assert.Equal(alarms[0].Body, alarms[1].Body);
        Assert.Equal(200, Assert.Single(hook.Requests, r => r.Body.Contains("\"event\":\"RECOVERED\"", StringComparison.Ordinal)).Answer);
    }

    [Fact]
    public void An_invalid_schedule_alarms_the_owner_once_per_distinct_set_of_errors()
    {
        using var server = new SmtpTestServer();
        using var home = Home(Email(server.Port, string.Empty), ("tick", "true"));
        var valid = home.Read("schedule.tsv");
        using var scheduler = new SchedulerProcess(runner, home.Path, Quick);
        Poll.Until(() => SchedulerLog(home).Contains("schedule loaded", StringComparison.Ordinal), "the schedule loaded");

        Replace(home, valid.Replace("\t*\t\tY", "\t61\t\tY", StringComparison.Ordinal));
        Poll.Until(() => server.Received.Count >= 1, "the first alarm");
        Replace(home, valid.Replace("\t*\t\tY", "\t61\t\tY", StringComparison.Ordinal).Replace("the tick job", "THE tick job", StringComparison.Ordinal));
        Poll.Until(() => Rejections(home) >= 2, "the same errors seen again");
        Replace(home, valid.Replace("\t*\t\tY", "\t61\t\tX", StringComparison.Ordinal));
        Poll.Until(() => server.Received.Count >= 2, "the alarm for the new errors");
        runner.Run(home.Path, null, "stop", "scheduler");

        Assert.Equal(3, Rejections(home));
        Assert.Equal(2, server.Received.Count);
        Assert.All(server.Received, m => Assert.Equal(["owner@example.com"], m.Recipients));
        Assert.All(server.Received, m => Assert.Equal("[runner] ALARM: the schedule of nightly is invalid", m.Message.Subject));
        Assert.Contains("schedule.tsv:2:", server.Received[0].Message.TextBody!, StringComparison.Ordinal);
        Assert.Contains("STATUS", server.Received[1].Message.TextBody!, StringComparison.Ordinal);

        static int Rejections(TempHome home) => SchedulerLog(home).Split('\n').Count(l => l.Contains("schedule NOT reloaded", StringComparison.Ordinal));

        static void Replace(TempHome home, string text)
        {
            home.Write("schedule.tsv.tmp", text);
            File.Move(home.File("schedule.tsv.tmp"), home.File("schedule.tsv"), overwrite: true);
        }
    }

    [Fact]
    public void Notify_from_inside_a_job_writes_to_the_jobs_persons_with_an_attachment()
    {
        using var server = new SmtpTestServer();
        using var home = Home(Email(server.Port, string.Empty), ("report", "printf 'a,b\\n1,2\\n' > report.csv; \"$RUNNER_EXE\" notify --subject \"report of $RUNNER_JOB_NAME\" --text 'see <attached>' --attach report.csv"));
        var environment = new Dictionary<string, string> { ["RUNNER_EXE"] = runner.Executable };

        var run = runner.Run(home.Path, null, environment, "run", "job", "0", "--yes");

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        var mail = Assert.Single(server.Received);
        Assert.Equal(["dev@example.com", "owner@example.com"], mail.Recipients);
        Assert.Equal("report of report", mail.Message.Subject);
        Assert.Equal("see <attached>", mail.Message.TextBody!.TrimEnd());
        Assert.Contains("see &lt;attached&gt;", mail.Message.HtmlBody!, StringComparison.Ordinal);
        Assert.Contains("A message from nightly on ", mail.Message.HtmlBody!, StringComparison.Ordinal);
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(mail.Message.Attachments));
        Assert.Equal("report.csv", attachment.FileName);
        Assert.Equal("a,b\n1,2\n", Decode(attachment).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Notify_outside_a_job_needs_a_recipient_and_with_the_server_down_queues_the_message()
    {
        using var server = new SmtpTestServer();
        using var home = Home(Email(server.Port, string.Empty).Replace("owner = owner@example.com\n", string.Empty, StringComparison.Ordinal), ("idle", "true"));
        server.Stop();

        var missing = runner.Run(home.Path, null, "notify", "--subject", "s", "--text", "t");
        var both = runner.Run(home.Path, null, "notify", "--to", "a@example.com", "--subject", "s", "--text", "t", "--file", "x");
        var queued = runner.Run(home.Path, null, "notify", "--to", "a@example.com,b@example.com", "--subject", "later", "--text", "t");
        server.Start();
        using (new SchedulerProcess(runner, home.Path, Quick))
        {
            Poll.Until(() => server.Received.Count >= 1, "the queued message arrived");
            runner.Run(home.Path, null, "stop", "scheduler");
        }

        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no recipient: give --to ADDR", missing.Errors, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
        Assert.Equal(0, queued.ExitCode);
        Assert.Contains("WARNING: not sent yet", queued.Errors, StringComparison.Ordinal);
        Assert.Contains("queued in runner.db as message 1", queued.Errors, StringComparison.Ordinal);
        Assert.Equal(["a@example.com", "b@example.com"], Assert.Single(server.Received).Recipients);
    }

    private static IEnumerable<string> SecretForms(string user, string password)
    {
        string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        return [password, B64(password), B64($"\0{user}\0{password}"), B64($"{user}\0{user}\0{password}")];
    }

    private static string Decode(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }

    private static string SchedulerLog(TempHome home) => File.Exists(home.File("logs/scheduler.log")) ? File.ReadAllText(home.File("logs/scheduler.log")) : string.Empty;

    private static string Email(int port, string extra) => string.Create(CultureInfo.InvariantCulture, $"""
        [SCHEDULER]
        name = nightly
        owner = owner@example.com
        [JOB]
        persons = dev@example.com
        alarm_interval = 3600
        [EMAIL]
        host = localhost
        port = {port}
        address = runner@example.com
        retry_delay = 1
        {extra}

        """);

    /// <summary>A home with config.ini and one job per script, each firing every second (sh jobs in jobs/ID/job.sh).</summary>
    private static TempHome Home(string config, params (string Name, string Script)[] jobs)
    {
        var home = new TempHome();
        home.Write("config.ini", config);
        var rows = new StringBuilder(Header);
        for (var id = 0; id < jobs.Length; id++)
        {
            Directory.CreateDirectory(home.File($"jobs/{id}"));
            home.Write($"jobs/{id}/job.sh", $"#!/bin/sh\n{jobs[id].Script}\n");
            rows.Append(CultureInfo.InvariantCulture, $"{id}\t{jobs[id].Name}\tthe {jobs[id].Name} job\tsh\tjobs/{id}/job.sh\t*\t*\t*\t*\t*\t\tY\n");
        }

        home.Write("schedule.tsv", rows.ToString());
        Directory.CreateDirectory(home.File("logs"));
        return home;
    }
}
