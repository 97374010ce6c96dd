using System.CommandLine;
using Runner.Core.Schedules;
using Runner.Engine.Jobs;

namespace Runner.Cli.Commands;

/// <summary><c>runner list jobs [active|inactive]</c>: the schedule as a table with each job's next fire.</summary>
internal sealed class ListJobsCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<ListJobsCommand.Settings>(homes, terminal)
{
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>active or inactive; default: all jobs.</summary>
        public string? Filter { get; init; }

        /// <summary>Compute next fires from this time instead of now.</summary>
        public string? From { get; init; }
    }

    private readonly Argument<string?> _filter = CliValues.Words<string?>("FILTER", ArgumentArity.ZeroOrOne);
    private readonly Option<string?> _from = new("--from");

    protected override IEnumerable<Symbol> Symbols => [_filter, _from];

    protected override Settings Bind(ParseResult parse) => new() { Filter = parse.GetValue(_filter), From = parse.GetValue(_from) };

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        JobFilter? filter = settings.Filter?.ToUpperInvariant() switch
        {
            null => JobFilter.All,
            "ACTIVE" => JobFilter.Active,
            "INACTIVE" => JobFilter.Inactive,
            _ => null,
        };
        if (filter is null)
        {
            Terminal.Error($"'{settings.Filter}' is not a filter; write `runner list jobs`, `runner list jobs active` or `runner list jobs inactive`");
            return ExitCode.Usage;
        }

        var from = Formats.ParseFrom(settings.From, home.Settings.Load().Zone, out var fromError);
        if (fromError is not null)
        {
            Terminal.Error(fromError);
            return ExitCode.Usage;
        }

        var listing = home.Jobs.List(filter.Value, from);
        if (listing.Value is not { } jobs)
        {
            return Fail(listing.Problem!);
        }

        foreach (var error in jobs.Errors)
        {
            Terminal.Warning($"{error} (this row is not listed)");
        }

        Terminal.Out.Write(settings.Json ? Json(jobs) : Table(jobs));
        return ExitCode.Success;
    }

    private static string Table(JobListing listing)
    {
        string[] header = [.. ScheduleColumns.Required, "NEXT"];
        var rows = listing.Jobs.Select(l => (IReadOnlyList<string>)[.. Cells(l.Job), l.Next is { } next ? Formats.Instant(next, listing.Zone) : "-"]).ToList();
        return TextTable.Render(header, rows);
    }

    private static string[] Cells(Job job) =>
    [
        Formats.Number(job.Id), job.Name, job.Description, job.Environment, job.File,
        job.Timing.MonthDay.ToString(), job.Timing.WeekDay.ToString(), job.Timing.Hour.ToString(),
        job.Timing.Minute.ToString(), job.Timing.Second.ToString(), job.Parameters, job.IsActive ? "Y" : "N",
    ];

    private static string Json(JobListing listing) => JsonText.Write(json =>
    {
        json.WriteStartArray();
        foreach (var listed in listing.Jobs)
        {
            var cells = Cells(listed.Job);
            json.WriteStartObject();
            json.WriteNumber("id", listed.Job.Id);
            for (var i = 1; i < cells.Length; i++)
            {
                json.WriteString(ScheduleColumns.Required[i].ToLowerInvariant(), cells[i]);
            }

            if (listed.Next is { } next)
            {
                json.WriteString("next", Formats.Instant(next, listing.Zone));
            }
            else
            {
                json.WriteNull("next");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    });
}
