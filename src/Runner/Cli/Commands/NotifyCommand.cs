using System.CommandLine;
using System.Globalization;
using Runner.Core.Configuration;
using Runner.Notifications;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner notify --to ADDR[,ADDR] --subject S (--text T | --file F) [--attach F]</c>: an e-mail
/// with the home's SMTP settings, for jobs in any language. Inside a run (RUNNER_JOB_ID set) the
/// recipients default to the job's persons and the owner. The message is queued in runner.db and
/// sent at once; when the server cannot take it now it stays queued for the scheduler (exit 0, a warning).
/// </summary>
internal sealed class NotifyCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<NotifyCommand.Settings>(homes, terminal)
{
    /// <summary>Largest attachment.</summary>
    public const long AttachmentCap = 10 * 1024 * 1024;

    private static readonly TimeSpan SendLimit = TimeSpan.FromSeconds(60);

    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Recipients, comma-separated; default: the job's persons and the owner.</summary>
        public string? To { get; init; }

        /// <summary>The subject.</summary>
        public string? Subject { get; init; }

        /// <summary>The message.</summary>
        public string? Text { get; init; }

        /// <summary>A file holding the message (UTF-8 text).</summary>
        public string? File { get; init; }

        /// <summary>A file to attach (at most 10 MB).</summary>
        public string? Attach { get; init; }
    }

    private readonly Option<string?> _to = new("--to");
    private readonly Option<string?> _subject = new("--subject");
    private readonly Option<string?> _text = new("--text");
    private readonly Option<string?> _file = new("--file");
    private readonly Option<string?> _attach = new("--attach");

    protected override IEnumerable<Symbol> Symbols => [_to, _subject, _text, _file, _attach];

    protected override Settings Bind(ParseResult parse) => new()
    {
        To = parse.GetValue(_to),
        Subject = parse.GetValue(_subject),
        Text = parse.GetValue(_text),
        File = parse.GetValue(_file),
        Attach = parse.GetValue(_attach),
    };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        if (Check(settings) is { } usage)
        {
            Terminal.Error(usage);
            return ExitCode.Usage;
        }

        var to = ValueSyntax.Items(settings.To ?? string.Empty);
        if (to.FirstOrDefault(a => !ValueSyntax.IsAddress(a)) is { } bad)
        {
            Terminal.Error($"--to: '{bad}' is not an e-mail address; write name@domain, several separated by commas");
            return ExitCode.Usage;
        }

        string text;
        byte[] attachment = [];
        try
        {
            text = settings.Text ?? System.IO.File.ReadAllText(settings.File!);
            if (settings.Attach is { } attach)
            {
                if (new FileInfo(attach).Length > AttachmentCap)
                {
                    Terminal.Error($"--attach: {attach} is larger than 10 MB; attach a smaller file or compress it");
                    return ExitCode.Usage;
                }

                attachment = System.IO.File.ReadAllBytes(attach);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"{(settings.Text is null && !System.IO.File.Exists(settings.File) ? "--file" : "--attach")}: {e.Message}");
            return ExitCode.Usage;
        }

        var jobId = Homes.Variables.TryGetValue("RUNNER_JOB_ID", out var id) && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var job) ? job : (int?)null;
        var alarms = home.Notifications.Alarms;
        var queued = alarms.Message(to, jobId, settings.Subject!, text, settings.Attach is null ? null : Path.GetFileName(settings.Attach), attachment, out var problem);
        if (queued is not long messageId)
        {
            Terminal.Error(problem!);
            return ExitCode.InvalidSetup;
        }

        home.Notifications.DeliverNow(TerminalOutboxLog.To(Terminal), SendLimit, [messageId]);
        var entry = home.Notifications.Store.Find(messageId)!;
        switch (entry.State)
        {
            case "sent":
                return ExitCode.Success;
            case "dead":
                Terminal.Error($"not sent: {entry.LastError}");
                return ExitCode.JobFailed;
            default:
                Terminal.Warning($"not sent yet{(entry.LastError is null ? string.Empty : $" ({entry.LastError})")}; queued in runner.db as message {messageId}: the scheduler sends it when the server answers");
                return ExitCode.Success;
        }
    }

    private static string? Check(Settings settings) =>
        string.IsNullOrWhiteSpace(settings.Subject) ? "--subject is missing; give the message a subject, e.g. --subject \"backup done\""
        : (settings.Text is null) == (settings.File is null) ? "give the message with exactly one of --text T or --file F"
        : null;
}
