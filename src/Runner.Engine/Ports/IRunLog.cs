namespace Runner.Engine.Ports;

/// <summary>One run's log file, appended line by line; lines are flushed as they come so <c>logs --follow</c> sees them.</summary>
public interface IRunLog : IDisposable
{
    /// <summary>Where the log is (absolute).</summary>
    string Path { get; }

    /// <summary>Bytes written so far.</summary>
    long Length { get; }

    /// <summary>Appends one line (a record or a header line) and its newline.</summary>
    void Append(string line);

    /// <summary>Appends lines, each with its newline, in one write (the header and the first record of a run).</summary>
    void Append(IReadOnlyList<string> lines);
}
