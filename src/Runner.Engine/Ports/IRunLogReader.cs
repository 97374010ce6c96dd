namespace Runner.Engine.Ports;

/// <summary>Reads what notifications quote of a run's log.</summary>
public interface IRunLogReader
{
    /// <summary>The last <paramref name="lines"/> lines of the log; empty when it is missing.</summary>
    IReadOnlyList<string> Tail(string path, int lines);

    /// <summary>The log's bytes, at most <paramref name="maxBytes"/>: when longer, its start and its end with a marker line between; empty when missing.</summary>
    ReadOnlyMemory<byte> Capped(string path, int maxBytes);
}
