using Runner.Cli;
using Runner.Core.Configuration;
using Runner.Engine.Scheduling;
using Runner.Engine.Status;
using Runner.Infrastructure.Logs;
using Runner.Web;

namespace Runner.Hosting;

/// <summary>
/// The web GUI of <c>start scheduler</c> when <c>[WEB] enabled = True</c>: composed over the
/// scheduler's own services (jobs, history, dispatcher, status) and started with it. A setting
/// it cannot serve safely, or a port in use, stops the scheduler's start with an error naming the option.
/// </summary>
internal sealed class WebHost : IAsyncDisposable
{
    private readonly WebServer? _server;
    private bool _stopped;

    private WebHost(WebServer? server) => _server = server;

    /// <summary>True when the GUI was asked for but could not start (the errors are printed).</summary>
    public bool Failed => _server is null;

    /// <summary>The started GUI, a failed one, or null when <c>[WEB] enabled</c> is off.</summary>
    public static async Task<WebHost?> StartAsync(
        WebSettings settings, HomeServices home, FireDispatcher dispatcher, SchedulerStatus status, SchedulerLog log, Cli.Terminal.Terminal terminal)
    {
        if (!settings.Enabled)
        {
            return null;
        }

        var services = new WebServices(
            home.Home.Root, home.Jobs, home.Store, home.Catalog.Find, (job, trigger) => dispatcher.RunNow(job, trigger, home.Host), status, home.Settings, home.Time, log.Write);
        var server = WebServer.Create(settings, services, out var errors);
        if (server is null)
        {
            foreach (var error in errors)
            {
                terminal.Error($"config.ini: {error}");
                log.Write("ERROR", error);
            }

            return new WebHost(null);
        }

        try
        {
            await server.StartAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            var message = $"the web GUI cannot listen on {server.Url} ([WEB] host, port): {e.Message}; choose another [WEB] port or stop what uses it";
            terminal.Error(message);
            log.Write("ERROR", message);
            await server.DisposeAsync().ConfigureAwait(false);
            return new WebHost(null);
        }

        foreach (var warning in server.Warnings)
        {
            log.Write("WARNING", warning);
        }

        log.Write("INFO", $"web GUI and REST API at {server.Url}");
        return new WebHost(server);
    }

    /// <summary>Stops serving (live log streams end; open requests get a few seconds).</summary>
    public async Task StopAsync()
    {
        if (_server is not null && !_stopped)
        {
            _stopped = true;
            await _server.StopAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
