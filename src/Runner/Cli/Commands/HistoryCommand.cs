using System.CommandLine;
using System.Globalization;
using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Cli.Commands;

/// <summary><c>runner history [ID] [--last N] [--status S]</c>: past runs, newest first.</summary>
internal sealed class HistoryCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<HistoryCommand.Settings>(homes, terminal)
{
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Only this job's runs.</summary>
        public int? Id { get; init; }

        /// <summary>How many runs; default 20.</summary>
        public int Last { get; init; }

        /// <summary>Only runs with this outcome: DONE, FAILED, TIMEOUT, KILLED, LOST, SKIPPED, RUNNING.</summary>
        public string? Status { get; init; }
    }

    private readonly Argument<int?> _id = new("ID") { Arity = ArgumentArity.ZeroOrOne, CustomParser = result => CliValues.Whole<int>(result, "ID") };
    private readonly Option<int> _last = CliValues.WholeOption("--last", 20);
    private readonly Option<string?> _status = new("--status");

    protected override IEnumerable<Symbol> Symbols => [_id, _last, _status];

    protected override Settings Bind(ParseResult parse) =>
        new() { Id = parse.GetValue(_id), Last = parse.GetValue(_last), Status = parse.GetValue(_status) };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        RunOutcome? outcome = null;
        if (settings.Status is not null)
        {
            outcome = RunOutcomes.Parse(settings.Status, out var error);
            if (outcome is null)
            {
                Terminal.Error($"--status: {error}");
                return ExitCode.Usage;
            }
        }

        if (settings.Last < 1)
        {
            Terminal.Error($"--last: {settings.Last} is out of range; give 1 or more");
            return ExitCode.Usage;
        }

        var zone = home.Settings.Load().Zone;
        var runs = home.Store.History(new HistoryQuery(settings.Id, outcome, settings.Last));
        Terminal.Out.Write(settings.Json ? Json(runs, zone, home) : Table(runs, zone, home));
        return ExitCode.Success;
    }

    private static string Table(IReadOnlyList<RunRecord> runs, TimeZoneInfo zone, HomeServices home)
    {
        string[] header = ["RUN", "JOB", "NAME", "TRIGGER", "STARTED", "FINISHED", "DURATION", "STATUS", "EXIT", "LOG"];
        var rows = runs.Select(r => (IReadOnlyList<string>)
        [
            r.RunId.ToString(CultureInfo.InvariantCulture), Formats.Number(r.JobId), r.JobName,
            Formats.Instant(r.Trigger, zone), Formats.Instant(r.Started, zone), r.Finished is { } f ? Formats.Instant(f, zone) : "-",
            r.Duration is { } d ? d.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s" : "-",
            r.Outcome.DisplayName(), r.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "-", r.LogPath is null ? "-" : home.Home.Show(r.LogPath),
        ]).ToList();
        return TextTable.Render(header, rows);
    }

    private static string Json(IReadOnlyList<RunRecord> runs, TimeZoneInfo zone, HomeServices home) => JsonText.Write(json =>
    {
        json.WriteStartArray();
        foreach (var run in runs)
        {
            json.WriteStartObject();
            json.WriteNumber("run_id", run.RunId);
            json.WriteNumber("job_id", run.JobId);
            json.WriteString("name", run.JobName);
            json.WriteString("trigger", Formats.Instant(run.Trigger, zone));
            json.WriteString("status", run.Outcome.DisplayName());
            json.WriteString("kind", run.Kind.Name());
            json.WriteString("node", run.Node);
            if (run.ExitCode is int code)
            {
                json.WriteNumber("exit_code", code);
            }
            else
            {
                json.WriteNull("exit_code");
            }

            json.WriteString("started", Formats.Instant(run.Started, zone));
            json.WriteString("finished", run.Finished is { } f ? Formats.Instant(f, zone) : null);
            json.WriteNumber("duration_ms", (long)(run.Duration?.TotalMilliseconds ?? 0));
            json.WriteNumber("attempt", run.Attempt);
            json.WriteString("log", run.LogPath is null ? null : home.Home.Show(run.LogPath));
            json.WriteString("message", run.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });
}
