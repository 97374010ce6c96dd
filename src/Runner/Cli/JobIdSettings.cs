using System.ComponentModel;
using Spectre.Console.Cli;

namespace Runner.Cli;

/// <summary>Options of the commands that act on one job: its id first.</summary>
internal class JobIdSettings : GlobalSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The job's id.")]
    // The converter TypeDescriptor would find for int, named here: the framework then creates it
    // instead of looking it up through TypeDescriptor, a few milliseconds of each command that takes an id.
    [TypeConverter(typeof(Int32Converter))]
    public int Id { get; init; }
}
