using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Runner.Core.Scheduling;
using Runner.Core.Tests.Support;

namespace Runner.Core.Tests.Architecture;

/// <summary>
/// The core stays pure: its compiled assembly references none of the types the banned-API
/// lists forbid (the analyzer stops them at build time; this catches a list that was loosened).
/// </summary>
public sealed class PurityTests
{
    [Fact]
    public void The_core_assembly_references_no_banned_type()
    {
        var banned = BannedTypes("build/BannedSymbols.IO.txt").Concat(BannedMembers("build/BannedSymbols.Clock.txt")).ToHashSet();
        Assert.Contains("System.IO.File", banned);
        Assert.Contains("System.DateTime.get_Now", banned);

        var used = ReferencedNames(typeof(Timing).Assembly.Location);

        // Iterators compiled from 'yield return' read Environment.CurrentManagedThreadId: that use is the compiler's, not ours.
        var compilerOnly = used.Contains("System.Environment")
            && used.Where(n => n.StartsWith("System.Environment.", StringComparison.Ordinal)).All(n => n == "System.Environment.get_CurrentManagedThreadId");
        var violations = used.Intersect(banned).Where(n => !(compilerOnly && n == "System.Environment")).ToList();
        Assert.True(violations.Count == 0, $"the core references banned APIs: {string.Join(", ", violations)}");
        Assert.Contains("System.TimeZoneInfo", used);
    }

    [Fact]
    public void The_core_project_is_marked_pure_so_the_io_ban_applies() =>
        Assert.Contains("<IsPureProject>true</IsPureProject>", RepoFiles.Read("src/Runner.Core/Runner.Core.csproj"), StringComparison.Ordinal);

    private static IEnumerable<string> BannedTypes(string file) =>
        Entries(file).Where(e => e.StartsWith("T:", StringComparison.Ordinal)).Select(e => e[2..]);

    /// <summary>Banned properties as their getter names (P:System.DateTime.Now becomes System.DateTime.get_Now).</summary>
    private static IEnumerable<string> BannedMembers(string file) =>
        Entries(file).Where(e => e.StartsWith("P:", StringComparison.Ordinal))
            .Select(e => e[2..]).Select(e => e.Insert(e.LastIndexOf('.') + 1, "get_"));

    private static IEnumerable<string> Entries(string file) =>
        RepoFiles.Read(file).Split('\n').Select(l => l.Split(';')[0].Trim()).Where(l => l.Length > 0);

    /// <summary>Every type and member the assembly references, as Namespace.Type and Namespace.Type.Member.</summary>
    private static HashSet<string> ReferencedNames(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeReferences)
        {
            names.Add(TypeName(reader, handle));
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                names.Add($"{TypeName(reader, (TypeReferenceHandle)member.Parent)}.{reader.GetString(member.Name)}");
            }
        }

        return names;
    }

    private static string TypeName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
    }
}
