using System.CommandLine;
using Runner.Core.Runs;
using Runner.Core.Triggers;
using Runner.Engine.Ports;
using Runner.Engine.Runs;
using Runner.Infrastructure.Home;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner run jobs FILE</c>: checks every <c>ID TRIGGER</c> line first (a bad line is
/// reported with its number and nothing runs), then runs each in order, with a summary.
/// </summary>
internal sealed class RunJobsCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<RunJobsCommand.Settings>(homes, terminal)
{
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>A text file of ID TRIGGER lines.</summary>
        public string File { get; init; } = string.Empty;
    }

    private readonly Argument<string> _file = CliValues.Words<string>("FILE", ArgumentArity.ExactlyOne);

    protected override IEnumerable<Symbol> Symbols => [_file];

    protected override Settings Bind(ParseResult parse) => new() { File = parse.GetValue(_file) ?? string.Empty };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        var path = Path.GetFullPath(settings.File);
        if (TextFiles.ReadOrNull(path) is not { } text)
        {
            Terminal.Error($"FILE: {path} does not exist; give the path of a file of ID TRIGGER lines");
            return ExitCode.Usage;
        }

        var read = home.Jobs.ReadSchedule();
        if (read.Value is not { } schedule)
        {
            return Fail(read.Problem!);
        }

        var zone = home.Settings.Load().Zone;
        var batch = RunBatchFile.Parse(text, settings.File, zone);
        var problems = batch.Errors.Select(e => e.ToString())
            .Concat(batch.Entries.Where(e => schedule.Schedule.Find(e.JobId) is null)
                .Select(e => $"{settings.File}:{e.Line}:1: no valid job has id {e.JobId} in {home.ScheduleFile.ShownAs}; `runner list jobs` shows the ids"))
            .Concat(batch.Entries.Select(e => home.Catalog.Find(e.JobId)).OfType<Engine.Jobs.ResolvedJob>().Where(j => !j.IsValid).DistinctBy(j => j.Id)
                .SelectMany(j => j.Problems.Where(p => p.IsError).Select(p => $"{p} (job {j.Name}, #{j.Id}, is not run while its configuration is invalid)")))
            .ToList();
        if (problems.Count > 0)
        {
            problems.ForEach(Terminal.Error);
            Terminal.Error("nothing was run; fix the lines above");
            return ExitCode.Usage;
        }

        Terminal.Info($"REQUEST TO RUN {batch.Entries.Count} JOBS FROM {settings.File}.");
        if (!Confirmed(settings, out var refusal))
        {
            return refusal;
        }

        var echo = new TerminalEcho(Terminal.Out, Terminal.Err);
        var results = new List<RunRecord>();
        using var signals = new StopSignals();
        foreach (var entry in batch.Entries.TakeWhile(_ => !signals.Token.IsCancellationRequested))
        {
            var job = home.Catalog.Find(entry.JobId)!;
            var trigger = entry.Trigger ?? TimeZoneInfo.ConvertTime(home.Time.GetUtcNow(), zone);
            Terminal.Line(new string('*', 80));
            Terminal.Info($"RUNNING JOB {job.Id} ({job.Name}) FOR {TriggerParser.Format(trigger)}.");
            var run = home.Runs.RunAsync(new RunRequest(job, trigger, RunKind.Manual), echo, signals.Token).GetAwaiter().GetResult();
            Terminal.Info($"{run.Outcome.DisplayName()}. (run {run.RunId})");
            results.Add(run);
        }

        home.Retention.Apply();
        home.Notifications.DeliverNow(Notifications.TerminalOutboxLog.To(Terminal), Notifications.TerminalOutboxLog.RunDelivery);
        Terminal.Line(new string('*', 80));
        var failed = results.Count(r => r.Outcome != RunOutcome.Done);
        Terminal.Info($"{results.Count} runs: {results.Count - failed} done, {failed} failed.");
        return failed == 0 ? ExitCode.Success : ExitCode.JobFailed;
    }
}
