using System.Net;
using System.Net.Http.Headers;
using Runner.Tests.Support;
using Runner.Web.Tests.Support;

namespace Runner.Web.Tests;

/// <summary>The security rules of the web GUI and API, over HTTP against the real scheduler process.</summary>
[Collection(WebGroup.Name)]
public sealed class HttpSecurityTests(WebFixture fixture)
{
    private readonly WebScheduler _web = fixture.Scheduler;

    public static TheoryData<string> Pages => ["/", "/jobs/0", "/runs", "/runs?job=0&outcome=DONE", "/runs/1", "/runs/1/stream", "/status", "/settings"];

    public static TheoryData<string> ApiReads => ["/api/jobs", "/api/jobs/0", "/api/runs", "/api/runs/1", "/api/runs/1/log", "/api/status", "/api/nothing"];

    public static TheoryData<string, string> Changes => new()
    {
        { "POST", "/jobs/0/run" }, { "POST", "/jobs/0/enable" }, { "POST", "/jobs/0/disable" }, { "POST", "/jobs/0/edit" }, { "POST", "/logout" },
        { "POST", "/api/jobs/0/run" }, { "POST", "/api/jobs/0/enable" }, { "POST", "/api/jobs/0/disable" }, { "PATCH", "/api/jobs/0" }, { "PUT", "/api/jobs/0" },
    };

    public static TheoryData<string> Traversals => new()
    {
        "/runs/..%2F..%2Fconfig.ini", "/runs/1%2F..%2F..%2F..%2Fconfig.ini", "/api/runs/..%2F..%2Fconfig.ini/log", "/api/runs/%2Fetc%2Fpasswd/log",
        "/api/runs/1/log/..%2F..%2F..%2F..%2Fconfig.ini", "/api/runs/..%252F..%252Fconfig.ini/log", "/runs/%2e%2e%2f%2e%2e%2fconfig.ini",
        "/api/runs/-1/log", "/api/runs/99999999999999999999/log", "/static/..%2F..%2Fconfig.ini", "/static/%2Fetc%2Fpasswd",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_without_a_session_redirects_to_the_login(string path)
    {
        using var client = _web.Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?next=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("hello", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiReads))]
    public async Task The_api_without_credentials_answers_401(string path)
    {
        using var client = _web.Client();
        using var anonymous = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("authentication required", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_change_without_credentials_is_refused_and_changes_nothing(string method, string path)
    {
        var before = _web.Home.Read("schedule.tsv");
        using var client = _web.Client();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["second"] = "1" }) };
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, _web.Home.Read("schedule.tsv"));
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/static/app.css")]
    [InlineData("/static/app.js")]
    public async Task The_login_page_and_the_static_files_need_no_credentials(string path)
    {
        using var client = _web.Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cross_site_post_without_the_anti_forgery_token_is_refused()
    {
        using var session = await _web.LogInAsync();
        var before = _web.Home.Read("schedule.tsv");

        using var noToken = await session.Client.PostAsync("/jobs/2/disable", new FormUrlEncodedContent(new Dictionary<string, string>()));
        using var wrongToken = await session.Client.PostAsync("/jobs/2/disable", new FormUrlEncodedContent(new Dictionary<string, string> { ["_csrf"] = "forged" }));
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/jobs/2/disable")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_csrf"] = session.AntiForgery }),
            Headers = { { "Origin", "https://evil.example" } },
        };
        using var foreignOrigin = await session.Client.SendAsync(foreign);
        using var apiNoToken = await session.Client.PostAsync("/api/jobs/2/disable", null);

        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        Assert.Contains("anti-forgery", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apiNoToken.StatusCode);
        Assert.Equal(before, _web.Home.Read("schedule.tsv"));
    }

    [Fact]
    public async Task A_login_post_without_its_form_cookie_is_refused()
    {
        using var client = _web.Client();
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_login"] = "guessed",
            ["password"] = WebScheduler.Password,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("runner_session=", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Traversals))]
    public async Task Run_id_traversal_payloads_read_nothing(string path)
    {
        using var session = await _web.LogInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_web.BaseUrl + path)) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", WebScheduler.Token) } };
        using var response = await session.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}\n{body}");
        Assert.DoesNotContain("[SCHEDULER]", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_in_the_query_is_ignored_the_log_comes_from_the_run_id()
    {
        using var api = _web.Client();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebScheduler.Token);
        await Poll.UntilAsync(() => api.GetAsync("/api/runs/1").Result.StatusCode == HttpStatusCode.OK, "a first run");

        var body = await api.GetStringAsync("/api/runs/1/log?path=/etc/passwd&file=../../config.ini");

        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("[SCHEDULER]", body, StringComparison.Ordinal);
        Assert.Contains("TRIGGER", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_named_like_a_script_and_its_output_render_as_text()
    {
        using var session = await _web.LogInAsync();
        using var run = await session.PostAsync($"/jobs/{WebScheduler.MarkupJob}/run");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var logPage = run.Headers.Location!.OriginalString;
        await Poll.UntilAsync(() => session.Client.GetStringAsync(logPage).Result.Contains("JOB FINISHED", StringComparison.Ordinal), "the markup job's run to finish");

        var jobs = await session.Client.GetStringAsync("/");
        var job = await session.Client.GetStringAsync($"/jobs/{WebScheduler.MarkupJob}");
        var log = await session.Client.GetStringAsync(logPage);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain(WebScheduler.ScriptName, jobs, StringComparison.Ordinal);
        Assert.DoesNotContain(WebScheduler.ScriptName, job, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt; &amp; done", log, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", log, StringComparison.Ordinal);
        Assert.DoesNotContain(WebScheduler.ScriptName, log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8080")]
    [InlineData("127.0.0.1.evil.example")]
    public async Task A_wrong_host_header_is_refused(string host)
    {
        using var client = _web.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login") { Headers = { Host = host } };
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/jobs") { Headers = { Host = host, Authorization = new AuthenticationHeaderValue("Bearer", WebScheduler.Token) } };
        using var page = await client.SendAsync(request);
        using var json = await client.SendAsync(api);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.DoesNotContain("hello", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task The_configured_host_and_localhost_are_served(string host)
    {
        using var client = _web.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login") { Headers = { Host = $"{host}:{_web.Port}" } };
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Secrets_never_appear_in_the_settings_page_or_the_api()
    {
        using var session = await _web.LogInAsync();
        var pages = new List<string> { await session.Client.GetStringAsync("/settings"), await session.Client.GetStringAsync("/status"), await session.Client.GetStringAsync("/") };
        using var api = _web.Client();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebScheduler.Token);
        foreach (var path in new[] { "/api/jobs", "/api/jobs/0", "/api/runs", "/api/status" })
        {
            pages.Add(await api.GetStringAsync(path));
        }

        var hashPart = _web.PasswordHashText.Split('$')[3];
        Assert.Contains("<td>WEB</td><td>password</td><td><code>***</code>", pages[0], StringComparison.Ordinal);
        Assert.Contains("<td>WEB</td><td>token</td><td><code>***</code>", pages[0], StringComparison.Ordinal);
        Assert.All(pages, page =>
        {
            Assert.DoesNotContain(WebScheduler.Token, page, StringComparison.Ordinal);
            Assert.DoesNotContain(WebScheduler.Password, page, StringComparison.Ordinal);
            Assert.DoesNotContain(hashPart, page, StringComparison.Ordinal);
            Assert.DoesNotContain("pbkdf2", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = _web.Client();
        using var response = await client.GetAsync("/login");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
