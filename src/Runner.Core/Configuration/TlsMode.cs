namespace Runner.Core.Configuration;

/// <summary>How the SMTP connection is encrypted (<c>[EMAIL] tls</c>, the seed's <c>need_tls</c>).</summary>
public enum TlsMode
{
    /// <summary>Plain text.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS (the seed's <c>need_tls = True</c>).</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    Ssl,
}
