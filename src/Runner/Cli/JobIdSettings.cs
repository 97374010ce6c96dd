using System.ComponentModel;
using Spectre.Console.Cli;

namespace Runner.Cli;

/// <summary>Options of the commands that act on one job: its id first.</summary>
internal class JobIdSettings : GlobalSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The job's id.")]
    public int Id { get; init; }
}
