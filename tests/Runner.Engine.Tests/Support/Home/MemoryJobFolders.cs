using Runner.Core.Jobs;
using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support.Home;

/// <summary>The jobs/&lt;id&gt;/ folders and the home's files in memory, by path relative to the home.</summary>
public sealed class MemoryJobFolders : IJobFolders
{
    private readonly HashSet<int> _folders = [];

    /// <summary>Every file of the home by its relative path, with its text.</summary>
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, deleting a folder throws it (a file still open on Windows, a read-only folder).</summary>
    public Exception? DeleteFailure { get; set; }

    public IReadOnlyCollection<int> Folders => _folders;

    public string PathOf(int id) => $"jobs/{id}";

    public bool Exists(int id) => _folders.Contains(id);

    public string? Create(int id, string configText, ScriptTemplate? script)
    {
        _folders.Add(id);
        Files[$"{PathOf(id)}/config.ini"] = configText;
        return script is null ? null : WriteScript($"{PathOf(id)}/{script.FileName}", script);
    }

    public string WriteScript(string file, ScriptTemplate script)
    {
        Files[file] = script.Text;
        return file;
    }

    public void Delete(int id)
    {
        if (DeleteFailure is { } failure)
        {
            throw failure;
        }

        _folders.Remove(id);
        foreach (var file in Files.Keys.Where(f => f.StartsWith(PathOf(id) + "/", StringComparison.Ordinal)).ToList())
        {
            Files.Remove(file);
        }
    }

    public bool FileExists(string file) => Files.ContainsKey(file);

    public IReadOnlyList<string> EnsureHomeFolders() => [];
}
