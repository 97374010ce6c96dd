using Microsoft.Extensions.Time.Testing;
using Runner.Engine.Ports;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;
using Runner.Testing.Contracts;

namespace Runner.Storage.Tests.Contracts;

/// <summary>The SQLite fire ledger, over a real runner.db shared with its run history, passes the fire ledger contract.</summary>
public sealed class SqliteFireLedgerContractTests : FireLedgerContract, IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override (IFireLedger Ledger, IRunStore Runs) CreateStores()
    {
        var database = _db.Open();
        return (new SqliteFireLedger(database, new FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)), "host"), new SqliteRunStore(database));
    }
}
