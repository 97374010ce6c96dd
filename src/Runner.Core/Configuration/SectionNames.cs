namespace Runner.Core.Configuration;

/// <summary>The configuration's section names, as written in config.ini (any case is read).</summary>
public static class SectionNames
{
    public const string Scheduler = "SCHEDULER";
    public const string Manager = "MANAGER";
    public const string Log = "LOG";
    public const string Job = "JOB";
    public const string Email = "EMAIL";
    public const string Webhook = "WEBHOOK";
    public const string Database = "DATABASE";
    public const string Web = "WEB";

    /// <summary>Open-ended: each option is an environment name and the command that runs its jobs.</summary>
    public const string Environment = "ENVIRONMENT";

    /// <summary>Every section in the order of the default config.ini.</summary>
    public static IReadOnlyList<string> All { get; } = [Scheduler, Manager, Log, Job, Email, Webhook, Database, Web, Environment];

    /// <summary>The known section spelled <paramref name="name"/> in any case, or null.</summary>
    public static string? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
