namespace Runner.Engine.Ports;

/// <summary>Remembers the highest job id ever used, so ids are never reused after a delete.</summary>
public interface IIdLedger
{
    /// <summary>The highest id ever allocated, or -1.</summary>
    int LastUsed();

    void Record(int id);
}
