using Runner.Engine.Ports;
using Runner.Testing.Contracts;
using Runner.Testing.Stores;

namespace Runner.Engine.Tests.Contracts;

/// <summary>The in-memory fire ledger passes the fire ledger contract (the SQLite ledger passes it in Runner.Storage.Tests).</summary>
public sealed class MemoryFireLedgerContractTests : FireLedgerContract
{
    protected override (IFireLedger Ledger, IRunStore Runs) CreateStores()
    {
        var runs = new MemoryRunStore();
        return (new MemoryFireLedger(runs), runs);
    }
}
