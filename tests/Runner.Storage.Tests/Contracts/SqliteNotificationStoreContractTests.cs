using Runner.Engine.Ports;
using Runner.Infrastructure.Notifications;
using Runner.Infrastructure.Storage;
using Runner.Storage.Tests.Support;
using Runner.Testing.Contracts;

namespace Runner.Storage.Tests.Contracts;

/// <summary>The SQLite outbox and alarm state, over a real runner.db shared with its run history, pass the notification store contract.</summary>
public sealed class SqliteNotificationStoreContractTests : NotificationStoreContract, IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override (IRunStore Runs, INotificationStore Notifications) CreateStores()
    {
        var database = _db.Open();
        return (new SqliteRunStore(database), new SqliteNotificationStore(database));
    }
}
