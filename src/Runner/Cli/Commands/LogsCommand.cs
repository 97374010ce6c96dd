using System.CommandLine;
using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Cli.Commands;

/// <summary><c>runner logs ID [RUN] [--follow]</c>: a run's log (default: the job's last run); --follow tails a running one until it ends.</summary>
internal sealed class LogsCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<LogsCommand.Settings>(homes, terminal)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    internal sealed class Settings : JobIdSettings
    {
        /// <summary>The run's id (see runner history); default: the job's last run.</summary>
        public long? Run { get; init; }

        /// <summary>Keep printing what a running job writes until it ends.</summary>
        public bool Follow { get; init; }
    }

    private readonly Argument<int> _id = CliValues.JobId();
    private readonly Argument<long?> _run = new("RUN") { Arity = ArgumentArity.ZeroOrOne, CustomParser = result => CliValues.Whole<long>(result, "RUN") };
    private readonly Option<bool> _follow = new("--follow", "-f");

    protected override IEnumerable<Symbol> Symbols => [_id, _run, _follow];

    protected override Settings Bind(ParseResult parse) =>
        new() { Id = parse.GetValue(_id), Run = parse.GetValue(_run), Follow = parse.GetValue(_follow) };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        var run = settings.Run is long id ? home.Store.Find(id) : home.Store.History(new HistoryQuery(settings.Id, null, 1)) is [var last, ..] ? last : null;
        if (run is null || run.JobId != settings.Id)
        {
            Terminal.Error(settings.Run is null
                ? $"job {settings.Id} has no runs yet; `runner run job {settings.Id}` runs it"
                : $"job {settings.Id} has no run {settings.Run}; `runner history {settings.Id}` lists its runs");
            return ExitCode.NoSuchJob;
        }

        if (run.LogPath is null || !File.Exists(run.LogPath))
        {
            Terminal.Error($"run {run.RunId} has no log{(run.Message is null ? string.Empty : $" ({run.Message})")}; its log may have been removed by retention ([LOG] keep_days, keep_runs)");
            return ExitCode.NoSuchJob;
        }

        using var stream = new FileStream(run.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        Terminal.Out.Write(reader.ReadToEnd());
        while (settings.Follow && home.Store.Find(run.RunId)?.Outcome == RunOutcome.Running)
        {
            Thread.Sleep(PollInterval);
            Terminal.Out.Write(reader.ReadToEnd());
            Terminal.Out.Flush();
        }

        Terminal.Out.Write(reader.ReadToEnd());
        return ExitCode.Success;
    }
}
