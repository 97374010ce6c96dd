using System.CommandLine;
using Runner.Core.Runs;
using Runner.Core.Triggers;
using Runner.Engine.Runs;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner run job ID [TRIGGER]</c>: shows what will run, asks, runs the job in the
/// foreground streaming its output, records the run; the exit status is the job's.
/// </summary>
internal sealed class RunJobCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<RunJobCommand.Settings>(homes, terminal)
{
    internal sealed class Settings : JobIdSettings
    {
        /// <summary>The date and time the run is for; default: now.</summary>
        public string[] Trigger { get; init; } = [];
    }

    private readonly Argument<int> _id = CliValues.JobId();
    private readonly Argument<string[]> _trigger = CliValues.Words<string[]>("TRIGGER", ArgumentArity.ZeroOrMore);

    protected override IEnumerable<Symbol> Symbols => [_id, _trigger];

    protected override Settings Bind(ParseResult parse) => new() { Id = parse.GetValue(_id), Trigger = parse.GetValue(_trigger) ?? [] };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        var found = home.Jobs.FindJob(settings.Id);
        if (found.Value is null)
        {
            return Fail(found.Problem!);
        }

        var job = home.Catalog.Find(settings.Id)!;
        if (!job.IsValid)
        {
            return InvalidJob(job);
        }

        var zone = home.Settings.Load().Zone;
        DateTimeOffset trigger;
        if (settings.Trigger.Length == 0)
        {
            trigger = TimeZoneInfo.ConvertTime(home.Time.GetUtcNow(), zone);
        }
        else if (TriggerParser.Parse(string.Join(' ', settings.Trigger), zone, out var error) is { } parsed)
        {
            trigger = parsed;
        }
        else
        {
            Terminal.Error($"TRIGGER: {error}");
            return ExitCode.Usage;
        }

        Terminal.Info("REQUEST TO RUN THE JOB.");
        Terminal.Info($"ID: {job.Id}.");
        Terminal.Info($"NAME: {job.Name}.");
        Terminal.Info($"DESCRIPTION: {job.Row.Description}.");
        Terminal.Info($"TRIGGER: {TriggerParser.Format(trigger)}.");
        if (!Confirmed(settings, out var refusal))
        {
            return refusal;
        }

        using var signals = new StopSignals();
        var run = home.Runs.RunAsync(new RunRequest(job, trigger, Engine.Ports.RunKind.Manual), new TerminalEcho(Terminal.Out, Terminal.Err), signals.Token).GetAwaiter().GetResult();
        home.Retention.Apply();
        home.Notifications.DeliverNow(Notifications.TerminalOutboxLog.To(Terminal), Notifications.TerminalOutboxLog.RunDelivery);
        Report(run, home);
        return (ExitCode)ExitStatus(run);
    }

    /// <summary>Refuses to run a job whose configuration is invalid: every error with its place, exit 3, nothing run or recorded.</summary>
    private ExitCode InvalidJob(Engine.Jobs.ResolvedJob job)
    {
        foreach (var problem in job.Problems.Where(p => p.IsError))
        {
            Terminal.Error(problem.ToString());
        }

        Terminal.Error($"job {job.Name} (#{job.Id}) was not run: its configuration is invalid; fix the lines above (`runner check schedule` lists every problem)");
        return ExitCode.InvalidSetup;
    }

    /// <summary>The job's exit status; 1 when it ended without one of its own (timeout, kill, start failure).</summary>
    public static int ExitStatus(Engine.Ports.RunRecord run) =>
        run.Outcome == RunOutcome.Done ? 0 : run.Outcome == RunOutcome.Failed && run.ExitCode is int code ? code : 1;

    private void Report(Engine.Ports.RunRecord run, HomeServices home)
    {
        var where = run.LogPath is null ? string.Empty : $", log {home.Home.Show(run.LogPath)}";
        var spent = run.Duration?.TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        var line = $"{run.Outcome.DisplayName()}. (run {run.RunId}, {spent} s{where})";
        if (run.Outcome == RunOutcome.Done)
        {
            Terminal.Info(line);
        }
        else
        {
            Terminal.Error(run.Message is null ? line : $"{line}: {run.Message}");
        }
    }
}
