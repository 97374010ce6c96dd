using System.CommandLine;

namespace Runner.Cli.Commands;

/// <summary><c>runner next ID [--count N] [--from TIME]</c>: a job's next fire times, one a line.</summary>
internal sealed class NextCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<NextCommand.Settings>(homes, terminal)
{
    internal sealed class Settings : JobIdSettings
    {
        /// <summary>How many fire times (<c>--count</c>, <c>-n</c>); default 5.</summary>
        public int Count { get; init; }

        /// <summary>Start after this time instead of now.</summary>
        public string? From { get; init; }
    }

    private readonly Argument<int> _id = CliValues.JobId();
    private readonly Option<int> _count = CliValues.WholeOption("--count", 5, "-n");
    private readonly Option<string?> _from = new("--from");

    protected override IEnumerable<Symbol> Symbols => [_id, _count, _from];

    protected override Settings Bind(ParseResult parse) =>
        new() { Id = parse.GetValue(_id), Count = parse.GetValue(_count), From = parse.GetValue(_from) };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        if (settings.Count is < 1 or > 100_000)
        {
            Terminal.Error($"--count: {settings.Count} is out of range; give 1 to 100000");
            return ExitCode.Usage;
        }

        var zone = home.Settings.Load().Zone;
        var from = Formats.ParseFrom(settings.From, zone, out var fromError);
        if (fromError is not null)
        {
            Terminal.Error(fromError);
            return ExitCode.Usage;
        }

        var next = home.Jobs.Next(settings.Id, settings.Count, from);
        if (next.Value is not { } fires)
        {
            return Fail(next.Problem!);
        }

        if (settings.Json)
        {
            Terminal.Out.Write(JsonText.Write(json =>
            {
                json.WriteStartArray();
                foreach (var fire in fires)
                {
                    json.WriteStringValue(Formats.Instant(fire, zone));
                }

                json.WriteEndArray();
            }));
            return ExitCode.Success;
        }

        foreach (var fire in fires)
        {
            Terminal.Line(Formats.Instant(fire, zone));
        }

        return ExitCode.Success;
    }
}
