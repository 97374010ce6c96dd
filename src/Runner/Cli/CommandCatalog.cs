namespace Runner.Cli;

/// <summary>Every command of <c>runner</c>: its words, its one-line summary, its help page (Cli/Help/KEY.txt).</summary>
internal static class CommandCatalog
{
    public sealed record Entry(string Words, string Summary)
    {
        public string HelpKey => Words.Replace(' ', '-');
    }

    /// <summary>In the order of the command list, grouped as the original grouped them (blank entries separate groups).</summary>
    public static IReadOnlyList<Entry?> Listed { get; } =
    [
        new("create scheduler", "Create the scheduler: schedule.tsv, jobs/, logs/, its name in config.ini."),
        new("create job", "Create a job: its folder, config, script and schedule row."),
        new("list jobs", "Show the jobs of the schedule with their next fire."),
        new("next", "Show the next fire times of a job."),
        new("check schedule", "Check schedule.tsv and the config files; every error with its line."),
        new("edit schedule", "Open the schedule in the editor; applied only when valid."),
        null,
        new("edit job", "Open the job's script in the editor."),
        new("run job", "Run a job now, for now or for a given date and time."),
        new("run jobs", "Run the jobs listed in a file, in order."),
        new("history", "Show past runs: trigger, duration, status, exit code, log."),
        new("logs", "Print a run's log; --follow tails a running one."),
        new("notify", "Send an e-mail with the configured SMTP settings (for use inside jobs)."),
        new("enable job", "Activate a job (STATUS Y)."),
        new("disable job", "Deactivate a job (STATUS N)."),
        new("delete job", "Delete a job: its row, then its folder."),
        null,
        new("edit config", "Open the main config or a job's config in the editor."),
        null,
        new("start scheduler", "Run the scheduler until Ctrl+C or SIGTERM; --detach runs it in the background."),
        new("stop scheduler", "Stop the running scheduler gracefully."),
        new("status scheduler", "Show whether the scheduler runs, its pid, next fires, errors."),
        new("hash password", "Print the hash of a web GUI password or token, for config.ini."),
        null,
        new("help", "Show this message."),
    ];

    public static IEnumerable<Entry> All => Listed.OfType<Entry>();

    /// <summary>The command the leading words of <paramref name="args"/> name, with how many words it took; null when none.</summary>
    public static (Entry Entry, int Words)? Find(IReadOnlyList<string> args)
    {
        foreach (var length in new[] { 2, 1 })
        {
            if (args.Count >= length)
            {
                var words = string.Join(' ', args.Take(length)).ToLowerInvariant();
                if (All.FirstOrDefault(e => e.Words == words) is { } entry)
                {
                    return (entry, length);
                }
            }
        }

        return null;
    }

    public static string Help(string key)
    {
        using var stream = typeof(CommandCatalog).Assembly.GetManifestResourceStream($"help.{key}.txt")
            ?? throw new InvalidOperationException($"no help page {key}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The command list, in the original's layout.</summary>
    public static string List()
    {
        var lines = new List<string> { string.Empty, "List of available commands:", string.Empty };
        lines.AddRange(Listed.Select(e => e is null ? string.Empty : $"{e.Words,-20}{e.Summary}"));
        lines.Add(string.Empty);
        lines.Add("For more details type [command] help, e.g. runner create job help.");
        lines.Add("Options: --home DIR (default: $RUNNER_HOME, else the current folder), --yes, --json, --no-color, --debug.");
        return string.Join('\n', lines) + "\n";
    }
}
