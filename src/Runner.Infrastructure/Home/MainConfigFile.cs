using Runner.Engine.Ports;
using Runner.Infrastructure.Files;

namespace Runner.Infrastructure.Home;

/// <summary>The home's config.ini, written atomically and readable by the owner only (it may hold passwords).</summary>
public sealed class MainConfigFile(RunnerHome home) : IConfigFile
{
    public string Path => home.ConfigPath;

    public string? Read() => TextFiles.ReadOrNull(home.ConfigPath);

    public void Write(string text) => AtomicFile.WriteText(home.ConfigPath, text, ownerOnly: true);
}
