using System.CommandLine;
namespace Runner.Cli.Commands;

/// <summary><c>runner delete job ID</c>: asks, removes the row (first), then the job's folder.</summary>
internal sealed class DeleteJobCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<JobIdSettings>(homes, terminal)
{
    private readonly Argument<int> _id = CliValues.JobId();

    protected override IEnumerable<Symbol> Symbols => [_id];

    protected override JobIdSettings Bind(ParseResult parse) => new() { Id = parse.GetValue(_id) };

    protected override ExitCode Run(HomeServices home, JobIdSettings settings)
    {
        var read = home.Jobs.ReadSchedule();
        if (read.Value is not { } schedule)
        {
            return Fail(read.Problem!);
        }

        if (schedule.Schedule.Find(settings.Id) is { } job)
        {
            Terminal.Info($"REQUEST TO DELETE THE JOB {job.Id}: {job.Name} ({job.Description}), its folder and its logs.");
        }
        else if (schedule.Table.RowIndex(settings.Id) >= 0)
        {
            Terminal.Info($"REQUEST TO DELETE THE JOB {settings.Id} (its row has errors), its folder and its logs.");
        }

        if (schedule.Table.RowIndex(settings.Id) >= 0 && !Confirmed(settings, out var refusal))
        {
            return refusal;
        }

        var deleted = home.Jobs.Delete(settings.Id);
        if (deleted.Value is not { } folder)
        {
            return Fail(deleted.Problem!);
        }

        Terminal.Info($"Job {settings.Id} removed from {home.ScheduleFile.ShownAs}; folder {folder} deleted.");
        return ExitCode.Success;
    }
}
