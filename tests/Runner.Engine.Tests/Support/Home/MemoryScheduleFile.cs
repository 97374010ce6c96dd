using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support.Home;

/// <summary>schedule.tsv in memory; a write outside the home lock is refused (every change is a read-modify-write under it).</summary>
public sealed class MemoryScheduleFile(MemoryHomeLock homeLock, string? text) : IScheduleFile
{
    public string ShownAs => "schedule.tsv";

    public string? Text { get; private set; } = text;

    public int Writes { get; private set; }

    /// <summary>When set, every write throws it (a full disk).</summary>
    public Exception? WriteFailure { get; set; }

    public string? Read() => Text;

    public void Write(string text)
    {
        if (!homeLock.Held)
        {
            throw new InvalidOperationException("schedule.tsv written without the home lock");
        }

        if (WriteFailure is { } failure)
        {
            throw failure;
        }

        (Text, Writes) = (text, Writes + 1);
    }
}
