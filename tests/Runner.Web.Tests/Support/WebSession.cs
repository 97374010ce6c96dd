namespace Runner.Web.Tests.Support;

/// <summary>A logged-in HTTP client (session cookie) and its anti-forgery token.</summary>
public sealed record WebSession(HttpClient Client, string AntiForgery) : IDisposable
{
    /// <summary>Posts a form with the anti-forgery token and the given fields.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>(fields ?? []) { ["_csrf"] = AntiForgery };
        return Client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public void Dispose() => Client.Dispose();
}
