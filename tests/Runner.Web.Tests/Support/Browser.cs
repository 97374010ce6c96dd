using Microsoft.Playwright;
using Runner.Tests.Support;

namespace Runner.Web.Tests.Support;

/// <summary>
/// Chromium from the machine (<c>/usr/bin/chromium</c>, or <c>RUNNER_CHROMIUM</c>), driven by
/// Playwright's own driver: nothing is downloaded. Screenshots go to <c>artifacts/screenshots/</c>.
/// </summary>
public static class Browser
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("RUNNER_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string Screenshots { get; } = Path.Combine(Repo.Root, "artifacts", "screenshots");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"Chromium is not at {ExecutablePath}; run scripts/install-test-deps.sh (apt-get install chromium) or set RUNNER_CHROMIUM");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return (playwright, browser);
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }
}
