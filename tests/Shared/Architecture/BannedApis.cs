using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Runner.Testing.Architecture;

/// <summary>
/// The banned-API lists of build/ against a compiled assembly: which banned types and members
/// its metadata references. The analyzer stops them at build time; this catches a list that
/// was loosened or a project that lost its <c>IsPureProject</c>.
/// </summary>
internal static class BannedApis
{
    /// <summary>
    /// The banned names of both lists: types (T:) as Namespace.Type, properties (P:) as their
    /// getters (P:System.DateTime.Now is System.DateTime.get_Now), methods (M:) by name, any overload.
    /// </summary>
    public static HashSet<string> All() =>
    [
        .. Entries("build/BannedSymbols.IO.txt").Concat(Entries("build/BannedSymbols.Clock.txt")).Select(Name),
    ];

    /// <summary>The banned names the assembly at <paramref name="assemblyPath"/> references.</summary>
    public static IReadOnlyList<string> ReferencedBy(string assemblyPath)
    {
        var used = ReferencedNames(assemblyPath);

        // Iterators compiled from 'yield return' read Environment.CurrentManagedThreadId: that use is the compiler's, not ours.
        var compilerOnly = used.Contains("System.Environment")
            && used.Where(n => n.StartsWith("System.Environment.", StringComparison.Ordinal)).All(n => n == "System.Environment.get_CurrentManagedThreadId");
        return [.. used.Intersect(All()).Where(n => !(compilerOnly && n == "System.Environment")).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every type and member the assembly references, as Namespace.Type and Namespace.Type.Member.</summary>
    public static HashSet<string> ReferencedNames(string assemblyPath)
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

    private static IEnumerable<string> Entries(string file) =>
        RepoFiles.Read(file).Split('\n').Select(l => l.Split(';')[0].Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static string Name(string entry)
    {
        var name = entry[2..];
        return entry[..2] switch
        {
            "T:" => name,
            "P:" => name.Insert(name.LastIndexOf('.') + 1, "get_"),
            "M:" => name.Split('(')[0],
            _ => throw new InvalidOperationException($"'{entry}' is not a T:, P: or M: entry of a banned-API list"),
        };
    }

    private static string TypeName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
    }
}
