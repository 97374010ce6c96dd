using Runner.Engine.Ports;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;
using Runner.Testing.Contracts;

namespace Runner.Storage.Tests.Contracts;

/// <summary>The SQLite run history, over a real runner.db, passes the run store contract.</summary>
public sealed class SqliteRunStoreContractTests : RunStoreContract, IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override IRunStore CreateStore() => new SqliteRunStore(_db.Open());
}
