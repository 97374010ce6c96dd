using System.Net;
using System.Net.Sockets;
using Runner.Tests.Support;
using Runner.Web.Security;

namespace Runner.Web.Tests.Support;

/// <summary>
/// A copy of the example home with the web GUI enabled (the password stored as a hash, the token
/// in plain text), two extra manual jobs (a slow one, and one whose name and output are markup),
/// on a free port, and its published <c>runner start scheduler</c> running until disposed.
/// </summary>
public sealed class WebScheduler : IDisposable
{
    public const string Password = "correct horse battery staple";
    public const string Token = "api-token-0123456789";
    public const string ScriptName = "<script>alert(1)</script>";
    public const int SlowJob = 5;
    public const int MarkupJob = 6;

    /// <param name="runner">The published executable.</param>
    /// <param name="quiet">True: the example jobs are disabled (STATUS N), for tests that need only the web server.</param>
    public WebScheduler(PublishedRunner runner, bool quiet = false)
    {
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        PasswordHashText = PasswordHash.Create(Password, 10_000);
        CopyExampleHome(Home.Path);
        var schedule = Home.Read("schedule.tsv").TrimEnd('\n');
        if (quiet)
        {
            schedule = schedule.Replace("\tY\n", "\tN\n", StringComparison.Ordinal);
        }

        Home.Write("schedule.tsv", schedule + "\n"
            + $"{SlowJob}\tslow\tPrints a line every 0.4 s, six times\tsh\tjobs/{SlowJob}/script.sh\t*\t*\t*\t*\t0\t\tN\n"
            + $"{MarkupJob}\t{ScriptName}\tA name that is markup\tsh\tjobs/{MarkupJob}/script.sh\t*\t*\t*\t*\t0\t\tN\n");
        Directory.CreateDirectory(Home.File($"jobs/{SlowJob}"));
        Home.Write($"jobs/{SlowJob}/script.sh", "#!/bin/sh\nfor i in 1 2 3 4 5 6; do echo \"step $i of 6\"; sleep 0.4; done\n");
        Directory.CreateDirectory(Home.File($"jobs/{MarkupJob}"));
        Home.Write($"jobs/{MarkupJob}/script.sh", "#!/bin/sh\necho '<img src=x onerror=alert(2)> & done'\n");
        Home.Write("config.ini", Home.Read("config.ini") + $"\n[WEB]\nenabled = True\nport = {Port}\npassword = {PasswordHashText}\ntoken = {Token}\n");
        Process = new SchedulerProcess(runner, Home.Path, new Dictionary<string, string>());
        using var client = Client();
        Poll.Until(() => Answers(client), $"the web GUI answering on {BaseUrl}; scheduler output:\n{Process.Output}", 60);
    }

    public TempHome Home { get; } = new();

    public int Port { get; }

    public string BaseUrl { get; }

    public string PasswordHashText { get; }

    public SchedulerProcess Process { get; }

    /// <summary>A client without cookies that does not follow redirects, so every answer is seen as sent.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl),
        };

    /// <summary>A client holding a session cookie, and the session's anti-forgery token.</summary>
    public async Task<WebSession> LogInAsync()
    {
        var cookies = new CookieContainer();
        var client = Client(cookies);
        var form = await client.GetStringAsync("/login");
        using var login = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_login"] = Html.Field(form, "_login"),
            ["next"] = "/",
            ["password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var jobs = await client.GetStringAsync("/");
        return new WebSession(client, Html.Field(jobs, "_csrf"));
    }

    public void Dispose()
    {
        Process.Terminate();
        Process.WaitForExit(TimeSpan.FromSeconds(30));
        Process.Dispose();
        Home.Dispose();
    }

    private static bool Answers(HttpClient client)
    {
        try
        {
            using var response = client.GetAsync("/login").GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyExampleHome(string target)
    {
        var source = Path.Combine(Repo.Root, "examples", "home");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
