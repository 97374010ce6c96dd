using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Runner.Core.Configuration;

namespace Runner.Web.Security;

/// <summary>
/// The secrets that open the GUI and the API, from <c>[WEB] password</c> and <c>token</c>, each
/// a <see cref="PasswordHash"/> string or (with a warning) plain text. The login form takes the
/// password (or the token when no password is set); a bearer token is the token (or the password
/// when no token is set). A secret accepted once is remembered by its SHA-256 only, so a bearer
/// request does not pay for PBKDF2 each time.
/// </summary>
public sealed class WebCredentials
{
    private readonly string _password;
    private readonly string _token;
    private readonly ConcurrentDictionary<string, bool> _accepted = new(StringComparer.Ordinal);

    private WebCredentials(string password, string token)
    {
        _password = password;
        _token = token;
    }

    /// <summary>The credentials, or null and every error (an unusable hash, neither secret set), each naming the option to fix.</summary>
    public static WebCredentials? From(WebSettings settings, out IReadOnlyList<string> errors, out IReadOnlyList<string> warnings)
    {
        var found = new List<string>();
        var notes = new List<string>();
        if (settings.Password.Length == 0 && settings.Token.Length == 0)
        {
            found.Add("[WEB] enabled = True but neither password nor token is set; set [WEB] password or token (a hash from `runner hash password`): the web GUI always asks for one");
        }

        foreach (var (option, value) in new[] { ("password", settings.Password), ("token", settings.Token) })
        {
            if (value.Length == 0)
            {
                continue;
            }

            if (PasswordHash.Problem(value) is { } problem)
            {
                found.Add($"[WEB] {option} {problem}");
            }
            else if (!PasswordHash.IsHash(value))
            {
                notes.Add($"[WEB] {option} is plain text in the configuration; store its hash instead: `runner hash password` prints one");
            }
        }

        errors = found;
        warnings = notes;
        return found.Count == 0 ? new WebCredentials(settings.Password, settings.Token) : null;
    }

    /// <summary>True when <paramref name="secret"/> opens the login form.</summary>
    public bool AcceptsLogin(string secret) => Accepts(secret, _password.Length > 0 ? _password : _token, "login");

    /// <summary>True when <paramref name="secret"/> is a valid bearer token of the API.</summary>
    public bool AcceptsBearer(string secret) => Accepts(secret, _token.Length > 0 ? _token : _password, "bearer");

    private bool Accepts(string secret, string stored, string use)
    {
        if (secret.Length == 0 || secret.Length > 1024)
        {
            return false;
        }

        var key = use + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        if (_accepted.ContainsKey(key))
        {
            return true;
        }

        if (!PasswordHash.Verify(secret, stored))
        {
            return false;
        }

        _accepted[key] = true;
        return true;
    }
}
