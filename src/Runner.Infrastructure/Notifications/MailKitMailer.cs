using System.Net.Security;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Runner.Core.Configuration;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Notifications;

/// <summary>
/// Sends e-mail with MailKit: connects per <c>[EMAIL]</c> (none, STARTTLS or TLS from the start,
/// certificates checked against the machine's trust store), logs in when <c>need_login</c>, sends
/// a multipart/alternative message (text and HTML) with the attachment, and tells a refusal
/// that retrying cannot cure (an SMTP 5xx answer to the message) from one that may pass.
/// With <c>need_debug</c> the conversation goes to <paramref name="debug"/>, secrets masked.
/// <paramref name="certificateCheck"/> replaces the machine's trust store when given (tests pin their own certificate).
/// </summary>
public sealed class MailKitMailer(Action<string>? debug, RemoteCertificateValidationCallback? certificateCheck = null) : IMailer
{
    /// <summary>How long one SMTP operation may take.</summary>
    public static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(30);

    public async Task<Delivery> SendAsync(OutboxMessage message, EmailSettings settings, CancellationToken cancel)
    {
        MimeMessage mime;
        try
        {
            mime = Compose(message);
        }
        catch (ParseException e)
        {
            return Delivery.Permanently($"bad address in the message ({e.Message}); check [EMAIL] address, [JOB] persons and [SCHEDULER] owner");
        }

        var where = $"SMTP server {settings.Host}:{settings.Port} ([EMAIL] host, port)";
        using var log = settings.NeedDebug && debug is not null ? new SmtpProtocolLog(debug, settings.User, settings.Password) : null;
        using var client = log is null ? new SmtpClient() : new SmtpClient(log);
        client.Timeout = (int)OperationTimeout.TotalMilliseconds;
        if (certificateCheck is not null)
        {
            client.ServerCertificateValidationCallback = certificateCheck;
        }

        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Options(settings.Tls), cancel).ConfigureAwait(false);
            if (settings.NeedLogin)
            {
                await client.AuthenticateAsync(settings.User, settings.Password, cancel).ConfigureAwait(false);
            }

            await client.SendAsync(mime, cancel).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancel).ConfigureAwait(false);
            return Delivery.Ok;
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode != SmtpErrorCode.UnexpectedStatusCode)
        {
            return Delivery.Permanently($"{where} refused the message: {(int)e.StatusCode} {e.Message}");
        }
        catch (AuthenticationException e)
        {
            return Delivery.Transient($"{where} refused the login of user '{settings.User}': {e.Message}; check [EMAIL] user and password (or RUNNER_EMAIL_PASSWORD)");
        }
        catch (SslHandshakeException e)
        {
            return Delivery.Transient($"{where}: TLS failed ({e.Message.Split('\n')[0]}); check [EMAIL] tls (none, starttls, ssl) and the server's certificate");
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or NotSupportedException)
        {
            return Delivery.Transient($"{where}: {e.Message}");
        }
    }

    private static SecureSocketOptions Options(TlsMode tls) => tls switch
    {
        TlsMode.StartTls => SecureSocketOptions.StartTls,
        TlsMode.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    private static MimeMessage Compose(OutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(message.From));
        foreach (var to in message.To)
        {
            mime.To.Add(MailboxAddress.Parse(to));
        }

        mime.Subject = message.Subject;
        mime.Headers.Add("X-Runner-Event", message.Event);
        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        if (message.AttachmentName is { } name && !message.Attachment.IsEmpty)
        {
            body.Attachments.Add(name, message.Attachment.ToArray(), ContentType.Parse(name.EndsWith(".log", StringComparison.OrdinalIgnoreCase) ? "text/plain; charset=utf-8" : "application/octet-stream"));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
