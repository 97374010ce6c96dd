using Runner.Core.Scheduling;
using Runner.Testing;
using Runner.Testing.Architecture;

namespace Runner.Core.Tests.Architecture;

/// <summary>
/// The core stays pure: its compiled assembly references none of the types and members the
/// banned-API lists forbid (the analyzer stops them at build time; this catches a list that was loosened).
/// </summary>
public sealed class PurityTests
{
    [Fact]
    public void The_core_assembly_references_no_banned_type()
    {
        var banned = BannedApis.All();
        Assert.Contains("System.IO.File", banned);
        Assert.Contains("System.DateTime.get_Now", banned);
        Assert.Contains("System.TimeZoneInfo.FindSystemTimeZoneById", banned);

        var violations = BannedApis.ReferencedBy(typeof(Timing).Assembly.Location);

        Assert.True(violations.Count == 0, $"the core references banned APIs: {string.Join(", ", violations)}");
        Assert.Contains("System.TimeZoneInfo", BannedApis.ReferencedNames(typeof(Timing).Assembly.Location));
    }

    [Fact]
    public void The_core_project_is_marked_pure_so_the_io_ban_applies() =>
        Assert.Contains("<IsPureProject>true</IsPureProject>", RepoFiles.Read("src/Runner.Core/Runner.Core.csproj"), StringComparison.Ordinal);
}
