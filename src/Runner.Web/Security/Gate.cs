using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Runner.Web.Security;

/// <summary>
/// Every request passes here first: security headers; the Host header checked (<see cref="HostCheck"/>);
/// then, except for the login page and the static files, authentication — a bearer token
/// (throttled on failure) or a session cookie — and, for a change (any method but GET and HEAD)
/// made with a session cookie, the anti-forgery token (form field <c>_csrf</c> or header
/// <c>X-CSRF-Token</c>) and, when sent, an Origin of this very site.
/// </summary>
internal sealed class Gate(HostCheck hosts, WebCredentials credentials, Sessions sessions, LoginThrottle throttle)
{
    public const string SessionItem = "runner.session";
    public const string AntiForgeryField = "_csrf";
    public const string AntiForgeryHeader = "X-CSRF-Token";

    public static Session? SessionOf(HttpContext context) => context.Items[SessionItem] as Session;

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Content-Security-Policy"] =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
        headers.CacheControl = "no-store";

        if (!hosts.Allows(context.Request.Host.Host))
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "this Host header is not one this server answers to; use the address of [WEB] host, or localhost").ConfigureAwait(false);
            return;
        }

        var path = context.Request.Path;
        if (path.Equals("/favicon.ico", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (path.StartsWithSegments("/static") || path.Equals("/login", StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            await Bearer(context, next, authorization).ConfigureAwait(false);
            return;
        }

        if (sessions.Find(context.Request.Cookies[Sessions.CookieName]) is not { } session)
        {
            await Unauthenticated(context).ConfigureAwait(false);
            return;
        }

        context.Items[SessionItem] = session;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !await Genuine(context, session).ConfigureAwait(false))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "the anti-forgery token is missing or wrong (a change must come from this site's own pages); reload the page and try again").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>True when two secrets are equal, in constant time.</summary>
    public static bool SameSecret(string? a, string? b) =>
        a is not null && b is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static async Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.Response.WriteAsJsonAsync(new { error = message }).ConfigureAwait(false);
        }
        else
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(message).ConfigureAwait(false);
        }
    }

    private async Task Bearer(HttpContext context, RequestDelegate next, string authorization)
    {
        var client = ClientOf(context);
        if (throttle.Blocked(client) is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Refuse(context, StatusCodes.Status429TooManyRequests, $"too many failed attempts from {client}; try again in {Math.Ceiling(wait.TotalSeconds)} s").ConfigureAwait(false);
            return;
        }

        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || !credentials.AcceptsBearer(authorization[Scheme.Length..].Trim()))
        {
            throttle.Failed(client);
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"runner\"";
            await Refuse(context, StatusCodes.Status401Unauthorized, "the bearer token is wrong; send `Authorization: Bearer TOKEN` with [WEB] token").ConfigureAwait(false);
            return;
        }

        throttle.Succeeded(client);
        await next(context).ConfigureAwait(false);
    }

    private static async Task Unauthenticated(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api"))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"runner\"";
            await Refuse(context, StatusCodes.Status401Unauthorized, "authentication required: send `Authorization: Bearer TOKEN` ([WEB] token) or log in at /login").ConfigureAwait(false);
        }
        else if (HttpMethods.IsGet(request.Method))
        {
            context.Response.Redirect("/login?next=" + Uri.EscapeDataString(request.Path + request.QueryString));
        }
        else
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "authentication required: log in at /login").ConfigureAwait(false);
        }
    }

    /// <summary>True when a change carries the session's anti-forgery token and, if it names one, this site's own origin.</summary>
    private static async Task<bool> Genuine(HttpContext context, Session session)
    {
        var request = context.Request;
        if (request.Headers.Origin.ToString() is { Length: > 0 } origin && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string? token = request.Headers[AntiForgeryHeader];
        if (token is null && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            token = form[AntiForgeryField];
        }

        return SameSecret(token, session.AntiForgery);
    }
}
