using System.Globalization;
using Runner.Engine.Ports;
using Runner.Infrastructure.Files;

namespace Runner.Infrastructure.Home;

/// <summary>The highest job id ever used, kept in <c>jobs/.last-id</c> (callers hold the home lock).</summary>
public sealed class IdLedgerFile(RunnerHome home) : IIdLedger
{
    public int LastUsed() =>
        int.TryParse(TextFiles.ReadOrNull(home.LastIdPath)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;

    public void Record(int id)
    {
        if (id > LastUsed())
        {
            AtomicFile.WriteText(home.LastIdPath, id.ToString(CultureInfo.InvariantCulture) + "\n");
        }
    }
}
