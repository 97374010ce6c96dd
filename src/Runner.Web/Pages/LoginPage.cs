using static Runner.Web.Pages.Html;

namespace Runner.Web.Pages;

/// <summary>The login form: the password (or token), with a one-time anti-forgery value from a cookie.</summary>
internal static class LoginPage
{
    public static string Body(string loginToken, string next, string? error) =>
        (error is null ? string.Empty : $"<p class=\"errors\" id=\"login-error\">{E(error)}</p>")
        + "<form method=\"post\" action=\"/login\" class=\"login\">"
        + $"<input type=\"hidden\" name=\"_login\" value=\"{E(loginToken)}\"><input type=\"hidden\" name=\"next\" value=\"{E(next)}\">"
        + "<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" autofocus required></label> "
        + "<button type=\"submit\">Log in</button></form>";
}
