using System.Net.Http.Headers;
using System.Text;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Notifications;

/// <summary>
/// Posts JSON to a webhook with one shared <see cref="HttpClient"/>. A 2xx answer is delivered;
/// 408, 429, 5xx, a timeout or a network error may pass (retried); any other 4xx will not.
/// </summary>
public sealed class HttpWebhookClient : IWebhookClient, IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<Delivery> PostAsync(Uri url, string json, TimeSpan timeout, CancellationToken cancel)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(timeout);
        using var content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        var where = $"webhook {url.GetLeftPart(UriPartial.Path)} ([WEBHOOK] url)";
        try
        {
            using var answer = await _http.PostAsync(url, content, limit.Token).ConfigureAwait(false);
            var code = (int)answer.StatusCode;
            return answer.IsSuccessStatusCode ? Delivery.Ok
                : code is 408 or 429 || code >= 500 ? Delivery.Transient($"{where} answered {code} {answer.ReasonPhrase}")
                : Delivery.Permanently($"{where} answered {code} {answer.ReasonPhrase}; check the URL");
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return Delivery.Transient($"{where} did not answer within {timeout.TotalSeconds} s ([WEBHOOK] timeout)");
        }
        catch (HttpRequestException e)
        {
            return Delivery.Transient($"{where}: {e.Message}");
        }
    }

    public void Dispose() => _http.Dispose();
}
