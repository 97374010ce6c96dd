using Runner.Engine.Ports;
using Runner.Testing.Contracts;
using Runner.Testing.Stores;

namespace Runner.Engine.Tests.Contracts;

/// <summary>The in-memory outbox and alarm state pass the notification store contract (the SQLite store passes it in Runner.Storage.Tests).</summary>
public sealed class MemoryNotificationStoreContractTests : NotificationStoreContract
{
    protected override (IRunStore Runs, INotificationStore Notifications) CreateStores()
    {
        var runs = new MemoryRunStore();
        return (runs, new MemoryNotificationStore(runs));
    }
}
