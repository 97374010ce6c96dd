using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Runner.Infrastructure.Tests.Notifications.Support;

/// <summary>A real HTTP endpoint on a free port (HttpListener) that records each POST body and answers with the next status of a script (then 200).</summary>
internal sealed class WebhookListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<int> _answers;
    private readonly Task _serving;

    public WebhookListener(params int[] answers)
    {
        _answers = new Queue<int>(answers);
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>How long each answer is held back (a webhook that is slow to answer).</summary>
    public TimeSpan Stall { get; init; }

    private readonly List<(string ContentType, string Body, int Answer)> _requests = [];

    /// <summary>The requests so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<(string ContentType, string Body, int Answer)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            int answer;
            lock (_requests)
            {
                answer = _answers.Count > 0 ? _answers.Dequeue() : 200;
                _requests.Add((context.Request.ContentType ?? string.Empty, body, answer));
            }

            await Task.Delay(Stall);
            context.Response.StatusCode = answer;
            context.Response.Close();
        }
    }
}
