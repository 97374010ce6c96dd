using Microsoft.Playwright;
using Runner.Tests.Support;

namespace Runner.Web.Tests.Support;

/// <summary>One published executable and one scheduler with the web GUI, shared by the web tests.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private (IPlaywright Playwright, IBrowser Browser)? _browser;

    public PublishedRunner Runner { get; } = new();

    public WebScheduler Scheduler { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Scheduler = new WebScheduler(Runner);
        return Task.CompletedTask;
    }

    /// <summary>One Chromium for every browser test (each test opens a context of its own: its own cookies).</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        _browser ??= await Support.Browser.LaunchAsync();
        return _browser.Value.Browser;
    }

    public async Task DisposeAsync()
    {
        if (_browser is var (playwright, browser))
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }

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
