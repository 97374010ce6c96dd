using Runner.Core.Jobs;
using Runner.Engine.Ports;
using Runner.Infrastructure.Files;

namespace Runner.Infrastructure.Home;

/// <summary>The <c>jobs/&lt;id&gt;/</c> folders: config.ini, the built-in script, logs/.</summary>
public sealed class JobFolders(RunnerHome home) : IJobFolders
{
    public string PathOf(int id) => home.Show(home.JobPath(id));

    public bool Exists(int id) => Directory.Exists(home.JobPath(id));

    public string? Create(int id, string configText, ScriptTemplate? script)
    {
        var folder = home.JobPath(id);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteText(home.JobConfigPath(id), configText, ownerOnly: true);
        return script is null ? null : WriteScript(Path.Combine(folder, script.FileName), script);
    }

    public string WriteScript(string file, ScriptTemplate script)
    {
        var path = home.Resolve(file);
        AtomicFile.WriteText(path, script.Text);
        if (script.Executable && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return home.Show(path).Replace('\\', '/');
    }

    public void Delete(int id)
    {
        var folder = home.JobPath(id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public bool FileExists(string file) => File.Exists(home.Resolve(file));

    public IReadOnlyList<string> EnsureHomeFolders()
    {
        var created = new List<string>();
        foreach (var folder in new[] { home.JobsPath, home.LogsPath })
        {
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                created.Add(home.Show(folder));
            }
        }

        return created;
    }
}
