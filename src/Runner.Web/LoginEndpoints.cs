using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Runner.Web.Pages;
using Runner.Web.Security;

namespace Runner.Web;

/// <summary>
/// Login and logout. The login form carries a one-time value that must match a SameSite=Strict
/// cookie set with the form (against login forgery); failures are throttled per client address.
/// </summary>
internal sealed class LoginEndpoints(WebCredentials credentials, Sessions sessions, LoginThrottle throttle, Action<string, string> log)
{
    private const string LoginCookie = "runner_login";

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login", Form);
        app.MapPost("/login", (Delegate)LogIn);
        app.MapPost("/logout", LogOut);
    }

    private static CookieOptions Cookie(HttpContext context, string path) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = path,
        IsEssential = true,
    };

    /// <summary>A local path to go back to after login; anything else (another site, //host, \) is the jobs page.</summary>
    private static string SafeNext(string? next) =>
        next is { Length: > 0 } n && n[0] == '/' && !n.StartsWith("//", StringComparison.Ordinal) && !n.Contains('\\', StringComparison.Ordinal) ? n : "/";

    private static IResult Show(HttpContext context, string next, string? error, int status)
    {
        // The same value while the browser keeps its cookie, so a second tab (or a stray request) does not void the first form.
        var token = context.Request.Cookies[LoginCookie] is { Length: 43 } kept ? kept : Sessions.NewSecret();
        context.Response.Cookies.Append(LoginCookie, token, Cookie(context, "/login"));
        return Results.Content(Html.Page("Log in", "runner", null, LoginPage.Body(token, SafeNext(next), error)), "text/html; charset=utf-8", null, status);
    }

    private IResult Form(HttpContext context, string? next) =>
        sessions.Find(context.Request.Cookies[Sessions.CookieName]) is not null ? Results.Redirect(SafeNext(next)) : Show(context, next ?? "/", null, StatusCodes.Status200OK);

    private async Task<IResult> LogIn(HttpContext context)
    {
        var client = Gate.ClientOf(context);
        if (!context.Request.HasFormContentType)
        {
            return Show(context, "/", "send the login form", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var next = form["next"].ToString();
        if (throttle.Blocked(client) is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Show(context, next, $"Too many failed logins from {client}; try again in {Math.Ceiling(wait.TotalSeconds)} s.", StatusCodes.Status429TooManyRequests);
        }

        if (!Gate.SameSecret(form["_login"].ToString(), context.Request.Cookies[LoginCookie]))
        {
            return Show(context, next, "The login form expired or came from another site; try again.", StatusCodes.Status403Forbidden);
        }

        if (!credentials.AcceptsLogin(form["password"].ToString()))
        {
            throttle.Failed(client);
            log("WARNING", $"web GUI: failed login from {client}");
            return Show(context, next, "Wrong password.", StatusCodes.Status401Unauthorized);
        }

        throttle.Succeeded(client);
        var session = sessions.Start();
        context.Response.Cookies.Delete(LoginCookie, Cookie(context, "/login"));
        context.Response.Cookies.Append(Sessions.CookieName, session.Id, Cookie(context, "/"));
        return Results.Redirect(SafeNext(next));
    }

    private IResult LogOut(HttpContext context)
    {
        if (Gate.SessionOf(context) is { } session)
        {
            sessions.End(session.Id);
        }

        context.Response.Cookies.Delete(Sessions.CookieName, Cookie(context, "/"));
        return Results.Redirect("/login");
    }
}
