using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>SMTP settings, from <c>[EMAIL]</c>. <see cref="ToString"/> never shows the password.</summary>
/// <param name="Host">SMTP server; empty: e-mail is off.</param>
/// <param name="Port">SMTP port.</param>
/// <param name="NeedLogin">Log in with <paramref name="User"/> and <paramref name="Password"/>.</param>
/// <param name="User">SMTP user name.</param>
/// <param name="Password">SMTP password (a secret).</param>
/// <param name="Address">Sender address.</param>
/// <param name="Tls">Encryption.</param>
/// <param name="NeedDebug">Log the SMTP conversation.</param>
public sealed record EmailSettings(
    string Host,
    int Port,
    bool NeedLogin,
    string User,
    string Password,
    string Address,
    TlsMode Tls,
    bool NeedDebug)
{
    /// <summary>Whether e-mail is configured (a host is set).</summary>
    public bool IsEnabled => Host.Length > 0;

    /// <summary>The settings, or null and every bad value (a login without user is one).</summary>
    public static EmailSettings? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        const string Email = SectionNames.Email;
        var read = new SettingsReader(config);
        var settings = new EmailSettings(
            read.Text(Email, "host"),
            read.Number(Email, "port"),
            read.Flag(Email, "need_login"),
            read.Text(Email, "user"),
            read.Text(Email, "password"),
            read.Text(Email, "address"),
            read.Choice<TlsMode>(Email, "tls"),
            read.Flag(Email, "need_debug"));
        read.Require(!settings.NeedLogin || settings.User.Length > 0, Email, "need_login", ConfigMessages.LoginWithoutUser);
        errors = read.Errors;
        return errors.Count == 0 ? settings : null;
    }

    public override string ToString() =>
        $"EmailSettings {{ Host = {Host}, Port = {Port}, NeedLogin = {NeedLogin}, User = {User}, Password = {Secret.Mask(Password)}, "
        + $"Address = {Address}, Tls = {Tls}, NeedDebug = {NeedDebug} }}";
}
