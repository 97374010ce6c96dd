using System.Security.Cryptography.X509Certificates;
using System.Text;
using MimeKit;
using Runner.Core.Configuration;
using Runner.Engine.Ports;
using Runner.Infrastructure.Notifications;
using Runner.Tests.Notifications.Support;

namespace Runner.Infrastructure.Tests.Notifications;

/// <summary>MailKitMailer against a real SMTP server (aiosmtpd): what arrives, STARTTLS with login, outages, and the protocol log without secrets.</summary>
public sealed class MailKitMailerTests
{
    private const string Password = "S3cr3t-Pa55word!";

    [Fact]
    public async Task A_message_arrives_with_its_recipients_subject_text_and_html_parts_and_attachment()
    {
        using var server = new SmtpTestServer();
        var message = Message(["ops@example.com", "dev@example.com"]);

        var result = await new MailKitMailer(null).SendAsync(message, Settings(server.Port), CancellationToken.None);

        Assert.Equal(Delivery.Ok, result);
        var mail = Assert.Single(server.Received);
        Assert.Equal(["ops@example.com", "dev@example.com"], mail.Recipients);
        Assert.False(mail.Tls);
        Assert.Equal("[runner] ALARM: job backup (#3) FAILED", mail.Message.Subject);
        Assert.Equal("runner@example.com", ((MailboxAddress)mail.Message.From[0]).Address);
        Assert.Equal("ALARM", mail.Message.Headers["X-Runner-Event"]);
        Assert.Equal("plain text body\n", mail.Message.TextBody!.ReplaceLineEndings("\n"));
        Assert.Contains("<b>html</b> body", mail.Message.HtmlBody!, StringComparison.Ordinal);
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(mail.Message.Attachments));
        Assert.Equal("7-20261129-101500.log", attachment.FileName);
        using var content = new MemoryStream();
        attachment.Content!.DecodeTo(content);
        Assert.Equal("2026-11-29 10:15:00|ERROR|disk full\n", Encoding.UTF8.GetString(content.ToArray()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Starttls_with_login_is_used_when_asked_for()
    {
        using var server = new SmtpTestServer(tls: true, user: "runner", password: Password);
        var mailer = new MailKitMailer(null, Pinned(server));
        var settings = Settings(server.Port) with { Tls = TlsMode.StartTls, NeedLogin = true, User = "runner", Password = Password };

        var result = await mailer.SendAsync(Message(["ops@example.com"]), settings, CancellationToken.None);

        Assert.Equal(Delivery.Ok, result);
        var mail = Assert.Single(server.Received);
        Assert.True(mail.Tls, "the session was encrypted with STARTTLS");
        Assert.True(mail.Login, "the session logged in");
    }

    [Fact]
    public async Task Ssl_from_the_first_byte_with_login_is_used_when_asked_for()
    {
        using var server = new SmtpTestServer(tls: true, user: "runner", password: Password, implicitTls: true);
        var mailer = new MailKitMailer(null, Pinned(server));
        var settings = Settings(server.Port) with { Tls = TlsMode.Ssl, NeedLogin = true, User = "runner", Password = Password };

        var result = await mailer.SendAsync(Message(["ops@example.com"]), settings, CancellationToken.None);

        Assert.Equal(Delivery.Ok, result);
        var mail = Assert.Single(server.Received);
        Assert.True(mail.Tls, "the session was encrypted from the start");
        Assert.True(mail.Login, "the session logged in");
    }

    [Fact]
    public async Task A_wrong_password_is_a_transient_failure_that_names_the_setting_but_not_the_password()
    {
        using var server = new SmtpTestServer(tls: true, user: "runner", password: Password, exclude: "LOGIN");
        var mailer = new MailKitMailer(null, Pinned(server));
        var settings = Settings(server.Port) with { Tls = TlsMode.StartTls, NeedLogin = true, User = "runner", Password = "wrong-" + Password };

        var result = await mailer.SendAsync(Message(["ops@example.com"]), settings, CancellationToken.None);

        Assert.False(result.Sent);
        Assert.False(result.Permanent);
        Assert.True(result.Error!.Contains("[EMAIL] user and password", StringComparison.Ordinal), result.Error);
        Assert.DoesNotContain(Password, result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task A_server_that_is_down_is_a_transient_failure_naming_host_and_port()
    {
        using var server = new SmtpTestServer();
        server.Stop();

        var result = await new MailKitMailer(null).SendAsync(Message(["ops@example.com"]), Settings(server.Port), CancellationToken.None);

        Assert.False(result.Sent);
        Assert.False(result.Permanent);
        Assert.Contains($"127.0.0.1:{server.Port}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PLAIN")]
    [InlineData("LOGIN")]
    public async Task Need_debug_logs_the_conversation_and_never_the_password(string mechanism)
    {
        using var server = new SmtpTestServer(tls: true, user: "runner", password: Password, exclude: mechanism == "PLAIN" ? "LOGIN" : "PLAIN");
        var lines = new List<string>();
        var mailer = new MailKitMailer(line => { lock (lines) { lines.Add(line); } }, Pinned(server));
        var settings = Settings(server.Port) with { Tls = TlsMode.StartTls, NeedLogin = true, User = "runner", Password = Password, NeedDebug = true };

        var result = await mailer.SendAsync(Message(["ops@example.com"]), settings, CancellationToken.None);

        Assert.Equal(Delivery.Ok, result);
        var log = string.Join("\n", lines);
        Assert.Contains($"smtp C: AUTH {mechanism}", log, StringComparison.Ordinal);
        Assert.Contains("smtp S: 235", log, StringComparison.Ordinal);
        foreach (var secret in SecretForms("runner", Password))
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
        }
    }

    /// <summary>The password as is and in every base64 form AUTH PLAIN or LOGIN could carry it.</summary>
    internal static IEnumerable<string> SecretForms(string user, string password)
    {
        string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        return [password, B64(password), B64($"\0{user}\0{password}"), B64($"{user}\0{user}\0{password}")];
    }

    /// <summary>Trusts exactly the test server's self-signed certificate.</summary>
    internal static System.Net.Security.RemoteCertificateValidationCallback Pinned(SmtpTestServer server)
    {
        using var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(server.CertificatePath!));
        var expected = certificate.GetCertHashString();
        return (_, presented, _, _) => presented is not null && presented.GetCertHashString() == expected;
    }

    private static EmailSettings Settings(int port) => new("127.0.0.1", port, false, "", "", "runner@example.com", TlsMode.None, false);

    private static OutboxMessage Message(IReadOnlyList<string> to) => new(
        1, NoticeChannel.Email, "ALARM", 3, 7, to, "runner@example.com", "[runner] ALARM: job backup (#3) FAILED", "plain text body\n", "<p><b>html</b> body</p>",
        "7-20261129-101500.log", Encoding.UTF8.GetBytes("2026-11-29 10:15:00|ERROR|disk full\n"), null, null, 0, DateTimeOffset.UnixEpoch);
}
