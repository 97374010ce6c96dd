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
    /// <summary>
    /// Reads <paramref name="path"/>, shown in messages as <paramref name="shownAs"/>; null when
    /// the file does not exist. Every path looked at (the file, its includes, missing ones too)
    /// is added to <paramref name="looked"/> when given: what to watch for a change.
    /// </summary>
    public static ConfigFile? Read(string path, string shownAs, List<Diagnostic> errors, List<string>? looked = null)
    {
        looked?.Add(Path.GetFullPath(path));
        return File.Exists(path) ? Read(Path.GetFullPath(path), shownAs, errors, [], looked) : null;
    }

    private static ConfigFile Read(string path, string shownAs, List<Diagnostic> errors, HashSet<string> chain, List<string>? looked)
    {
        var document = IniDocument.Parse(File.ReadAllText(path), shownAs, out var parseErrors);
        errors.AddRange(parseErrors);
        chain.Add(path);
        var includes = new List<ConfigFile>();
        foreach (var include in LayeredConfig.IncludePaths(document))
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include.Path));
            looked?.Add(target);
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
                includes.Add(Read(target, include.Path, errors, chain, looked));
            }
        }

        chain.Remove(path);
        return new ConfigFile(document, includes);
    }
}
