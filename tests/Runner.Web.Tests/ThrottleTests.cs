using System.Net;
using System.Net.Http.Headers;
using Runner.Web.Tests.Support;

namespace Runner.Web.Tests;

/// <summary>Failed logins and bearer tokens are throttled per client address; each test has a scheduler of its own, so the other tests are not locked out.</summary>
[Collection(WebGroup.Name)]
public sealed class ThrottleTests(WebFixture fixture)
{
    [Fact]
    public async Task After_five_failed_logins_even_the_right_password_is_refused_for_a_while()
    {
        using var web = new WebScheduler(fixture.Runner, quiet: true);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add(await LogIn(web, i < 5 ? $"wrong-{i}" : WebScheduler.Password));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("web GUI: failed login from 127.0.0.1", web.Process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_five_wrong_bearer_tokens_even_the_right_token_is_refused_for_a_while()
    {
        using var web = new WebScheduler(fixture.Runner, quiet: true);
        using var client = web.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/jobs")
            {
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", i < 5 ? $"wrong-{i}" : WebScheduler.Token) },
            };
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (i == 5)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<HttpStatusCode> LogIn(WebScheduler web, string password)
    {
        var cookies = new CookieContainer();
        using var client = web.Client(cookies);
        var form = await client.GetStringAsync("/login");
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_login"] = Html.Field(form, "_login"),
            ["password"] = password,
        }));
        return response.StatusCode;
    }
}
