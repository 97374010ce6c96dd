using Runner.Engine.Ports;
using Runner.Infrastructure.Files;

namespace Runner.Infrastructure.Home;

/// <summary>schedule.tsv (or the file [SCHEDULER] schedule names), read losslessly and written atomically.</summary>
public sealed class ScheduleTsvFile(RunnerHome home, string path) : IScheduleFile
{
    private readonly string _path = home.Resolve(path);

    public string ShownAs => home.Show(_path);

    public string FullPath => _path;

    public string? Read() => TextFiles.ReadOrNull(_path);

    public void Write(string text) => AtomicFile.WriteText(_path, text);
}
