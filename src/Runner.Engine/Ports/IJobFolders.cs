using Runner.Core.Jobs;

namespace Runner.Engine.Ports;

/// <summary>The <c>jobs/&lt;id&gt;/</c> folders of a home.</summary>
public interface IJobFolders
{
    /// <summary>The folder of a job, as shown to users.</summary>
    string PathOf(int id);

    bool Exists(int id);

    /// <summary>Creates the folder with its config.ini and, when given, its script; returns the script's path relative to the home.</summary>
    string? Create(int id, string configText, ScriptTemplate? script);

    /// <summary>Writes a new script at <paramref name="file"/> (relative to the home or absolute); returns its path as shown.</summary>
    string WriteScript(string file, ScriptTemplate script);

    /// <summary>Removes the folder and everything in it (logs included).</summary>
    void Delete(int id);

    /// <summary>True when <paramref name="file"/> (relative to the home or absolute) names an existing file.</summary>
    bool FileExists(string file);

    /// <summary>Creates the folders a scheduler needs (jobs/, logs/); returns the ones it created.</summary>
    IReadOnlyList<string> EnsureHomeFolders();
}
