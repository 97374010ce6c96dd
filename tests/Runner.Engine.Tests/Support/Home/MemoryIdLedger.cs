using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support.Home;

/// <summary>The highest job id ever used, in memory; like jobs/.last-id it only ever grows.</summary>
public sealed class MemoryIdLedger : IIdLedger
{
    private int _last = -1;

    public int LastUsed() => _last;

    public void Record(int id) => _last = Math.Max(_last, id);
}
