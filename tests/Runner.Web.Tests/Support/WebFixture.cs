using Runner.Tests.Support;

namespace Runner.Web.Tests.Support;

/// <summary>One published executable and one scheduler with the web GUI, shared by the web tests.</summary>
public sealed class WebFixture : IDisposable
{
    public WebFixture() => Scheduler = new WebScheduler(Runner);

    public PublishedRunner Runner { get; } = new();

    public WebScheduler Scheduler { get; }

    public void Dispose()
    {
        Scheduler.Dispose();
        Runner.Dispose();
    }
}

/// <summary>The web tests: one published runner and one scheduler, run one class after the other.</summary>
[CollectionDefinition(Name)]
public sealed class WebGroup : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
