using System.Text;
using MailKit;

namespace Runner.Infrastructure.Notifications;

/// <summary>
/// The SMTP conversation (<c>[EMAIL] need_debug</c>) as lines <c>smtp C: ...</c> / <c>smtp S: ...</c>
/// for the scheduler's log. Nothing secret is written: the ranges MailKit's secret detector
/// marks are masked, the arguments of an <c>AUTH</c> command and every client line answering a
/// 334 challenge are masked, and the password (as is, and base64) is masked wherever it stands.
/// </summary>
internal sealed class SmtpProtocolLog(Action<string> write, string user, string password) : IProtocolLogger
{
    private const string Mask = "********";
    private readonly string[] _secrets = Secrets(user, password);
    private bool _challenged;

    public IAuthenticationSecretDetector? AuthenticationSecretDetector { get; set; }

    public void LogConnect(Uri uri) => write($"smtp connect {uri}");

    public void LogClient(byte[] buffer, int offset, int count)
    {
        var bytes = buffer.AsSpan(offset, count).ToArray();
        foreach (var secret in AuthenticationSecretDetector?.DetectSecrets(buffer, offset, count) ?? [])
        {
            bytes.AsSpan(secret.StartIndex - offset, secret.Length).Fill((byte)'*');
        }

        foreach (var line in Lines(bytes))
        {
            var shown = _challenged ? Mask
                : line.StartsWith("AUTH ", StringComparison.OrdinalIgnoreCase) && line.IndexOf(' ', 5) is var space and > 0 ? line[..space] + " " + Mask
                : line;
            write("smtp C: " + Scrub(shown));
        }
    }

    public void LogServer(byte[] buffer, int offset, int count)
    {
        foreach (var line in Lines(buffer.AsSpan(offset, count).ToArray()))
        {
            _challenged = line.StartsWith("334", StringComparison.Ordinal);
            write("smtp S: " + Scrub(line));
        }
    }

    public void Dispose()
    {
    }

    private static string[] Secrets(string user, string password)
    {
        if (password.Length == 0)
        {
            return [];
        }

        string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        return [password, B64(password), B64($"\0{user}\0{password}"), B64($"{user}\0{user}\0{password}")];
    }

    private static IEnumerable<string> Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);

    private string Scrub(string line)
    {
        foreach (var secret in _secrets)
        {
            line = line.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return line;
    }
}
