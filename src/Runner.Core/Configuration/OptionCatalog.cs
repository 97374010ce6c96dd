using static Runner.Core.Configuration.SectionNames;

namespace Runner.Core.Configuration;

/// <summary>
/// Every configuration option Runner knows, in one place: section, name, value syntax,
/// default, meaning, secrecy and older names. docs/configuration.md is checked against it.
/// [ENVIRONMENT] is open-ended (<see cref="DefaultEnvironments"/>); <c>include</c> may stand
/// in any section of any file (<see cref="Include"/>).
/// </summary>
public static class OptionCatalog
{
    /// <summary>The option naming extra files: <c>include = PATH[, PATH]</c>, in any section.</summary>
    public const string Include = "include";

    private static readonly string[] Truthy = ["True", "yes", "on", "1"];
    private static readonly string[] Falsy = ["False", "no", "off", "0"];

    /// <summary>Every option, grouped by section in the order of the default config.ini.</summary>
    public static IReadOnlyList<OptionSpec> All { get; } =
    [
        Text(Scheduler, "name", "scheduler", "Name of the scheduler, shown in logs, alarms and the web GUI."),
        Text(Scheduler, "description", "", "Description of the scheduler.") with { Aliases = ["desc"] },
        new(Scheduler, "timezone", OptionType.TimeZone, "", "Zone of the schedule's wall-clock times (IANA or Windows id); empty: the machine's zone."),
        new(Scheduler, "owner", OptionType.AddressList, "", "E-mail addresses alarmed about the scheduler and about every job."),
        new(Scheduler, "stop_grace", OptionType.Seconds, "30", "Seconds running jobs get on a graceful stop before they are killed."),
        new(Scheduler, "schedule", OptionType.Path, "schedule.tsv", "The schedule file, relative to the home or absolute."),
        Text(Manager, "editor", "", "Editor command for the edit commands; empty: $VISUAL, $EDITOR, then nano or notepad."),
        Flag(Log, "console", false, "Write the scheduler's log to the console instead of files."),
        Flag(Log, "limit_by_day", true, "Start a new scheduler log file each day."),
        Flag(Log, "limit_by_size", true, "Start a new scheduler log file when it reaches max_size."),
        new(Log, "max_size", OptionType.Size, "10MB", "Size of the scheduler's log file that starts a new one (with limit_by_size)."),
        Flag(Log, "showtime", false, "Log each wake-up of the scheduler."),
        Flag(Log, "showdelay", false, "Log how late each fire started."),
        Number(Log, "keep_days", 30, 0, "Delete run logs older than this many days; 0: keep them all."),
        Number(Log, "keep_runs", 100, 0, "Keep at most this many run logs per job; 0: keep them all."),
        new(Log, "run_max_size", OptionType.Size, "10MB", "Cap on one run's log: output past it is cut with a marker; 0: no cap."),
        new(Job, "timeout", OptionType.Seconds, "0", "Seconds a run may take before its process tree is ended; 0: no limit."),
        Choice(Job, "overlap", ["skip", "queue", "parallel", "replace"], "When a fire comes while the job still runs: skip it, queue it, run both, or replace the running one."),
        Number(Job, "retries", 0, 0, "Times a failed run is retried."),
        new(Job, "retry_delay", OptionType.Seconds, "60", "Seconds between a failed run and its retry."),
        Choice(Job, "misfire", ["skip", "once", "all"], "Fires missed while stopped or late: skip them, run once, or run each (up to misfire_cap)."),
        Number(Job, "misfire_cap", 10, 1, "Most missed fires run when misfire = all."),
        new(Job, "misfire_grace", OptionType.Seconds, "60", "Seconds late a fire may still start normally before it counts as missed."),
        new(Job, "persons", OptionType.AddressList, "", "E-mail addresses alarmed about this job."),
        Number(Job, "alarm_after", 1, 1, "Consecutive failures before an alarm is sent."),
        new(Job, "alarm_interval", OptionType.Seconds, "600", "Least seconds between two alarms of one job while it keeps failing."),
        Text(Email, "host", "", "SMTP server name or IP address; empty: no e-mail.") with { Aliases = ["ip"] },
        Number(Email, "port", 25, 1, "SMTP server port.") with { Maximum = 65535 },
        Flag(Email, "need_login", false, "Log in to the SMTP server with user and password."),
        Text(Email, "user", "", "SMTP user name."),
        Text(Email, "password", "", "SMTP password; RUNNER_EMAIL_PASSWORD may hold it instead.") with { IsSecret = true },
        new(Email, "address", OptionType.Address, "", "Sender address of notifications and alarms."),
        Choice(Email, "tls", ["none", "starttls", "ssl"], "Encryption: none, starttls (the seed's need_tls = True) or ssl (TLS from the start).") with
        {
            Aliases = ["need_tls"],
            Synonyms = TlsSynonyms(),
        },
        Flag(Email, "need_debug", false, "Log the SMTP conversation."),
        new(Email, "retry_delay", OptionType.Seconds, "30", "Seconds before an undelivered e-mail is tried again; doubled after each failure, up to an hour."),
        Url(Webhook, "url", ["http", "https"], "URL alarms are posted to as JSON (Slack-compatible); empty: no webhook."),
        new(Webhook, "timeout", OptionType.Seconds, "10", "Seconds to wait for the webhook to answer."),
        Number(Webhook, "retries", 3, 0, "Times a failed webhook delivery is retried."),
        new(Webhook, "retry_delay", OptionType.Seconds, "30", "Seconds before a failed webhook delivery is tried again; doubled after each failure, up to an hour."),
        Url(Database, "url", ["postgresql", "postgres"], "Reserved for PostgreSQL, which this version does not support yet: a set `url` (here, as `RUNNER_DATABASE_URL` or on the command line) is an error of `check schedule` and `start scheduler` (exit 3) naming where it is set, never the URL; empty: the embedded runner.db (SQLite).") with { IsSecret = true },
        Flag(Web, "enabled", false, "Serve the web GUI and REST API from the scheduler."),
        Text(Web, "host", "127.0.0.1", "Address the web GUI listens on."),
        Number(Web, "port", 8080, 1, "Port the web GUI listens on.") with { Maximum = 65535 },
        Text(Web, "password", "", "Password of the web GUI.") with { IsSecret = true },
        Text(Web, "token", "", "Bearer token of the REST API.") with { IsSecret = true },
    ];

    /// <summary>The option named <paramref name="option"/> (or one of its aliases) in <paramref name="section"/>, any case; null when unknown.</summary>
    public static OptionSpec? Find(string section, string option) =>
        All.FirstOrDefault(o => string.Equals(o.Section, section.Trim(), StringComparison.OrdinalIgnoreCase) && o.Answers(option));

    /// <summary>The options of one section, in catalog order.</summary>
    public static IReadOnlyList<OptionSpec> In(string section) =>
        [.. All.Where(o => string.Equals(o.Section, section.Trim(), StringComparison.OrdinalIgnoreCase))];

    /// <summary>The built-in environments, in the order of the default config.ini.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DefaultEnvironments(bool windows)
    {
        List<KeyValuePair<string, string>> environments =
        [
            new("python", windows ? "python -u" : "python3 -u"),
            new("dotnet", "dotnet run"),
            new("bash", "bash"),
            new("sh", "sh"),
            new("node", "node"),
            new("java", "java"),
            new("perl", "perl"),
            new("pwsh", "pwsh -NoProfile -File"),
        ];
        if (windows)
        {
            environments.Add(new("cmd", "cmd /c"));
            environments.Add(new("powershell", "powershell -NoProfile -ExecutionPolicy Bypass -File"));
        }

        return environments;
    }

    /// <summary>A complete main config.ini: every option with its default, each under a one-line comment.</summary>
    public static string DefaultConfigText(bool windows, string newline) => DefaultConfig.Text(windows, newline);

    /// <summary>need_tls's old flag values: true ones mean starttls, false ones none.</summary>
    private static Dictionary<string, string> TlsSynonyms()
    {
        var synonyms = new Dictionary<string, string>();
        foreach (var truthy in Truthy)
        {
            synonyms.Add(truthy, "starttls");
        }

        foreach (var falsy in Falsy)
        {
            synonyms.Add(falsy, "none");
        }

        return synonyms;
    }

    private static OptionSpec Text(string section, string name, string value, string description) =>
        new(section, name, OptionType.Text, value, description);

    private static OptionSpec Flag(string section, string name, bool value, string description) =>
        new(section, name, OptionType.Flag, value ? "True" : "False", description);

    private static OptionSpec Number(string section, string name, long value, long minimum, string description) =>
        new(section, name, OptionType.Number, value.ToString(System.Globalization.CultureInfo.InvariantCulture), description) { Minimum = minimum };

    private static OptionSpec Choice(string section, string name, string[] choices, string description) =>
        new(section, name, OptionType.Choice, choices[0], description) { Choices = choices };

    private static OptionSpec Url(string section, string name, string[] schemes, string description) =>
        new(section, name, OptionType.Url, "", description) { Schemes = schemes };
}
