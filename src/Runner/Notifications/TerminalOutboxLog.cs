namespace Runner.Notifications;

/// <summary>Outbox lines for a command's terminal: INFO to standard output, the others (and the SMTP conversation of need_debug) to standard error.</summary>
internal static class TerminalOutboxLog
{
    /// <summary>How long <c>run job</c> and <c>run jobs</c> try to send the alarms they queued before exiting; the rest stays queued for the scheduler.</summary>
    public static readonly TimeSpan RunDelivery = TimeSpan.FromSeconds(10);

    public static Action<string, string> To(Cli.Terminal.Terminal terminal) => (level, message) =>
    {
        if (level == "INFO")
        {
            terminal.Info(message);
        }
        else
        {
            terminal.Err.WriteLine($"{level}: {message}");
        }
    };
}
