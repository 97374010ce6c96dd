using Runner.Engine.Runs;
using Runner.Testing;
using Runner.Testing.Architecture;

namespace Runner.Engine.Tests.Architecture;

/// <summary>
/// The engine stays pure, like the core: its compiled assembly references none of the types and
/// members the banned-API lists forbid (no files, processes, console, environment, threads or
/// system clock); it reaches the machine only through its ports.
/// </summary>
public sealed class PurityTests
{
    [Fact]
    public void The_engine_assembly_references_no_banned_type_or_member()
    {
        var engine = typeof(RunPipeline).Assembly.Location;

        var violations = BannedApis.ReferencedBy(engine);

        Assert.True(violations.Count == 0, $"the engine references banned APIs: {string.Join(", ", violations)}");
        // The check sees the engine's references at all: it uses TimeProvider, its only clock.
        Assert.Contains("System.TimeProvider.GetUtcNow", BannedApis.ReferencedNames(engine));
    }

    [Fact]
    public void The_engine_project_is_marked_pure_so_the_io_ban_applies() =>
        Assert.Contains("<IsPureProject>true</IsPureProject>", RepoFiles.Read("src/Runner.Engine/Runner.Engine.csproj"), StringComparison.Ordinal);
}
