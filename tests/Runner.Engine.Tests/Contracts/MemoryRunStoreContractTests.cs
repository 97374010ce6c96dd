using Runner.Engine.Ports;
using Runner.Testing.Contracts;
using Runner.Testing.Stores;

namespace Runner.Engine.Tests.Contracts;

/// <summary>The in-memory run history passes the run store contract (the SQLite store passes it in Runner.Storage.Tests).</summary>
public sealed class MemoryRunStoreContractTests : RunStoreContract
{
    protected override IRunStore CreateStore() => new MemoryRunStore();
}
