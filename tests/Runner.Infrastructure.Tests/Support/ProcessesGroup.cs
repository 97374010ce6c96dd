namespace Runner.Infrastructure.Tests.Support;

/// <summary>
/// Tests that start real processes run one after the other: they look at the whole test
/// process (its memory, its zombie children), which a test running beside them would disturb.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessesGroup
{
    public const string Name = "real processes";
}
