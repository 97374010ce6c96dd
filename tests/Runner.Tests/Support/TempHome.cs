namespace Runner.Tests.Support;

/// <summary>A fresh, empty home folder, deleted afterwards.</summary>
public sealed class TempHome : IDisposable
{
    /// <summary>The header line of the schedule.tsv that <c>runner create scheduler</c> writes.</summary>
    public const string ScheduleHeader = "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n";

    public TempHome() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"runner-home-{Guid.NewGuid():N}");

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    public void Write(string relative, string text) => System.IO.File.WriteAllText(File(relative), text);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
