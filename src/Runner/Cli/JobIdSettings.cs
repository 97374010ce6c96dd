namespace Runner.Cli;

/// <summary>Options of the commands that act on one job: its id first (<see cref="CliValues.JobId"/>).</summary>
internal class JobIdSettings : GlobalSettings
{
    /// <summary>The job's id.</summary>
    public int Id { get; init; }
}
