using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Runner.Web.Tests.Support;

namespace Runner.Web.Tests;

/// <summary>The GUI in a real browser (Chromium), against the real scheduler process and its example home.</summary>
[Collection(WebGroup.Name)]
public sealed partial class BrowserTests(WebFixture fixture) : IAsyncLifetime
{
    private static readonly PageWaitForSelectorOptions Soon = new() { Timeout = 20_000 };

    private readonly WebScheduler _web = fixture.Scheduler;
    private IBrowserContext? _context;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        var browser = await fixture.BrowserAsync();
        var context = _context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _web.BaseUrl, ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        _page = await context.NewPageAsync();
        _page.SetDefaultTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Log_in_and_see_the_example_jobs()
    {
        await _page.GotoAsync("/");
        Assert.EndsWith("/login?next=%2F", _page.Url, StringComparison.Ordinal);
        await Browser.ScreenshotAsync(_page, "login");

        await LogInAsync();
        var names = await _page.Locator("#jobs td.name").AllInnerTextsAsync();

        Assert.Equal(["hello", "report", "disk", "flaky", "csharp", "slow", WebScheduler.ScriptName], names);
        Assert.Equal("every 5 seconds", await _page.Locator("#job-0 td").Nth(3).InnerTextAsync());
        Assert.Equal("N", await _page.Locator("#job-4 td.enabled").InnerTextAsync());
        Assert.Equal(0, await _page.Locator("text=alert").Locator("script").CountAsync());
        await Browser.ScreenshotAsync(_page, "jobs");
    }

    [Fact]
    public async Task Run_a_job_and_watch_its_log_appear_live_until_DONE()
    {
        await LogInAsync();
        await _page.Locator($"#job-{WebScheduler.SlowJob} form.run button").ClickAsync();
        await _page.WaitForURLAsync(RunPage());
        var first = await _page.Locator("#log").InnerTextAsync();
        var outcomeAtFirst = await _page.Locator("#outcome").InnerTextAsync();

        await _page.WaitForSelectorAsync("#log >> text=step 3 of 6", Soon);
        await _page.WaitForSelectorAsync("#outcome >> text=DONE", Soon);
        var last = await _page.Locator("#log").InnerTextAsync();

        Assert.Equal("RUNNING", outcomeAtFirst);
        Assert.DoesNotContain("step 6 of 6", first, StringComparison.Ordinal);
        Assert.Contains("|INFO|step 6 of 6", last, StringComparison.Ordinal);
        Assert.Contains("JOB FINISHED.", last, StringComparison.Ordinal);
        Assert.Contains("The run ended: DONE.", await _page.Locator("#live").InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(_page, "log");
    }

    [Fact]
    public async Task Disable_a_job_and_see_STATUS_N_in_schedule_tsv()
    {
        await LogInAsync();
        await _page.Locator("#job-2 form.disable button").ClickAsync();
        await _page.WaitForSelectorAsync("#job-2 td.enabled >> text=N", Soon);
        var disabled = Status(2);

        await _page.Locator("#job-2 form.enable button").ClickAsync();
        await _page.WaitForSelectorAsync("#job-2 td.enabled >> text=Y", Soon);

        Assert.Equal("N", disabled);
        Assert.Equal("Y", Status(2));
    }

    [Fact]
    public async Task An_invalid_edit_shows_the_error_and_changes_nothing()
    {
        var before = _web.Home.Read("schedule.tsv");
        await LogInAsync();
        await _page.GotoAsync("/jobs/4");
        await _page.FillAsync("#edit input[name=second]", "61");
        await _page.Locator("#edit button").ClickAsync();
        var errors = await _page.Locator("ul.errors").InnerTextAsync();

        Assert.Contains("job 4 was not changed", errors, StringComparison.Ordinal);
        Assert.Contains("second 61 is out of range; allowed: 0-59", errors, StringComparison.Ordinal);
        Assert.Equal("61", await _page.InputValueAsync("#edit input[name=second]"));
        Assert.Equal(before, _web.Home.Read("schedule.tsv"));
        await Browser.ScreenshotAsync(_page, "job-edit-error");
    }

    [Fact]
    public async Task A_valid_edit_is_written_to_schedule_tsv()
    {
        await LogInAsync();
        await _page.GotoAsync("/jobs/4");
        await _page.FillAsync("#edit input[name=minute]", "15");
        await _page.Locator("#edit button").ClickAsync();
        await _page.WaitForSelectorAsync("p.saved", Soon);
        var minute = Row(4)[8];
        await _page.FillAsync("#edit input[name=minute]", "30");
        await _page.Locator("#edit button").ClickAsync();
        await _page.WaitForSelectorAsync("p.saved", Soon);

        Assert.Equal("15", minute);
        Assert.Equal("30", Row(4)[8]);
    }

    [Fact]
    public async Task Job_detail_shows_its_history_and_a_chart_of_durations_and_outcomes()
    {
        await LogInAsync();

        // hello fires every 5 seconds: reload until its first runs are in the history.
        var bars = 0;
        for (var tries = 0; bars == 0 && tries < 40; tries++)
        {
            await _page.GotoAsync("/jobs/0");
            bars = await _page.Locator("svg.chart rect.bar").CountAsync();
            if (bars == 0)
            {
                await Task.Delay(500);
            }
        }

        var rows = await _page.Locator("table.runs tbody tr").CountAsync();
        Assert.True(bars > 0, "no bar in the chart of job 0");
        Assert.Equal(bars, rows);
        Assert.Equal("hello (#0)", await _page.Locator("table.runs tbody tr").First.Locator("td").Nth(1).InnerTextAsync());
    }

    [Theory]
    [InlineData("/jobs/0", "job", "Job hello (#0)")]
    [InlineData("/runs", "runs", "Runs")]
    [InlineData("/runs?job=0&outcome=DONE", "runs-filtered", "Runs")]
    [InlineData("/status", "status", "Scheduler status")]
    [InlineData("/settings", "settings", "Settings")]
    public async Task Every_page_renders_and_is_saved_as_a_screenshot(string path, string name, string title)
    {
        await LogInAsync();
        await _page.GotoAsync(path);

        Assert.Equal(title, await _page.Locator("h1").InnerTextAsync());
        await Browser.ScreenshotAsync(_page, name);
    }

    [GeneratedRegex(@"/runs/\d+$")]
    private static partial Regex RunPage();

    private async Task LogInAsync()
    {
        await _page.GotoAsync("/login");
        await _page.FillAsync("input[name=password]", WebScheduler.Password);
        await _page.Locator("form.login button").ClickAsync();
        try
        {
            await _page.WaitForSelectorAsync("#jobs", Soon);
        }
        catch (TimeoutException)
        {
            await Browser.ScreenshotAsync(_page, "login-failed");
            throw new TimeoutException($"login did not reach the jobs page; at {_page.Url}: {await _page.ContentAsync()}");
        }
    }

    private string[] Row(int id) =>
        _web.Home.Read("schedule.tsv").Split('\n').Select(l => l.Split('\t')).Single(c => c[0] == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private string Status(int id) => Row(id)[^1].Trim();
}
