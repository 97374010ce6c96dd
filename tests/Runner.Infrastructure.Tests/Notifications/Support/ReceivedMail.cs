using MimeKit;

namespace Runner.Tests.Notifications.Support;

/// <summary>One message the test SMTP server received: envelope recipients, whether the session used TLS and a login, the parsed message and its raw text.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> Recipients, bool Tls, bool Login, MimeMessage Message, string Raw);
