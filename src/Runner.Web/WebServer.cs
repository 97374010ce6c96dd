using System.Globalization;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Runner.Core.Configuration;
using Runner.Web.Api;
using Runner.Web.Security;

namespace Runner.Web;

/// <summary>
/// The web GUI and REST API of a running scheduler (ASP.NET Core, Kestrel, plain HTTP on
/// <c>[WEB] host</c>:<c>port</c>). Built by <see cref="Create"/>, which refuses settings it cannot
/// serve safely; started and stopped by the scheduler host.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();

    private WebServer(WebApplication app, string url, IReadOnlyList<string> warnings)
    {
        _app = app;
        Url = url;
        Warnings = warnings;
    }

    /// <summary>Where the GUI is served, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public string Url { get; }

    /// <summary>What the operator should fix but does not stop the server (a plain-text secret).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The server, or null and every error (no password or token, an unusable hash, a host that is not an address), each naming the option.</summary>
    public static WebServer? Create(WebSettings settings, WebServices services, out IReadOnlyList<string> errors)
    {
        var credentials = WebCredentials.From(settings, out var credentialErrors, out var warnings);
        var found = credentialErrors.ToList();
        var address = Address(settings.Host);
        if (address is null)
        {
            found.Add($"[WEB] host = '{settings.Host}' is not an IP address; write e.g. 127.0.0.1 (this machine only), 0.0.0.0 (every address) or localhost");
        }

        errors = found;
        if (credentials is null || address is null)
        {
            return null;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = 1024 * 1024;
            options.Listen(address, settings.Port);
        });

        var app = builder.Build();
        var host = settings.Host.Contains(':', StringComparison.Ordinal) ? $"[{settings.Host}]" : settings.Host;
        var server = new WebServer(app, $"http://{host}:{settings.Port.ToString(CultureInfo.InvariantCulture)}/", warnings);
        var sessions = new Sessions(services.Time);
        var throttle = new LoginThrottle(services.Time);
        var gate = new Gate(new HostCheck(settings.Host), credentials, sessions, throttle);
        var actions = new JobActions(services);
        var logs = new RunLogReader(services.HomeRoot);
        app.Use(gate.InvokeAsync);
        MapStatic(app);
        new LoginEndpoints(credentials, sessions, throttle, services.Log).Map(app);
        new GuiEndpoints(services, actions, logs, server._stopping.Token).Map(app);
        new ApiEndpoints(services, actions, logs).Map(app);
        return server;
    }

    /// <summary>Starts listening; throws <see cref="IOException"/> when the port is taken.</summary>
    public Task StartAsync(CancellationToken token) => _app.StartAsync(token);

    /// <summary>Ends live log streams, then stops, giving open requests a few seconds.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        using var grace = new CancellationTokenSource(StopGrace);
        await _app.StopAsync(grace.Token).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static IPAddress? Address(string host) => host.Trim() switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "+" => IPAddress.Any,
        var h => IPAddress.TryParse(h.Trim('[', ']'), out var a) ? a : null,
    };

    /// <summary>Serves /static/app.css and /static/app.js from the assembly: every asset ships with the app.</summary>
    private static void MapStatic(WebApplication app)
    {
        var assembly = typeof(WebServer).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("static.", StringComparison.Ordinal)))
        {
            var file = name["static.".Length..];
            var type = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            var bytes = Read(assembly, name);
            app.MapGet("/static/" + file, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.Bytes(bytes, type);
            });
        }
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
