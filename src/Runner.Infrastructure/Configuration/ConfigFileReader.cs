using Runner.Core.Configuration;
using Runner.Core.Diagnostics;

namespace Runner.Infrastructure.Configuration;

/// <summary>
/// Reads a config.ini and, recursively, the files its <c>include</c> options name (relative
/// to the including file's folder). A missing include or an include loop is a diagnostic
/// pointing at the <c>include</c> line; nothing throws for bad content.
/// </summary>
public static class ConfigFileReader
{
    /// <summary>Reads <paramref name="path"/>, shown in messages as <paramref name="shownAs"/>; null when the file does not exist.</summary>
    public static ConfigFile? Read(string path, string shownAs, List<Diagnostic> errors) =>
        File.Exists(path) ? Read(Path.GetFullPath(path), shownAs, errors, []) : null;

    private static ConfigFile Read(string path, string shownAs, List<Diagnostic> errors, HashSet<string> chain)
    {
        var document = IniDocument.Parse(File.ReadAllText(path), shownAs, out var parseErrors);
        errors.AddRange(parseErrors);
        chain.Add(path);
        var includes = new List<ConfigFile>();
        foreach (var include in LayeredConfig.IncludePaths(document))
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include.Path));
            if (chain.Contains(target))
            {
                errors.Add(include.Origin.Report($"include '{include.Path}' includes itself (a loop); remove it"));
            }
            else if (!File.Exists(target))
            {
                errors.Add(include.Origin.Report($"include '{include.Path}' names no file ({target}); fix the path or remove it"));
            }
            else
            {
                includes.Add(Read(target, include.Path, errors, chain));
            }
        }

        chain.Remove(path);
        return new ConfigFile(document, includes);
    }
}
