using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>The web GUI and REST API, from <c>[WEB]</c>. <see cref="ToString"/> never shows the secrets.</summary>
/// <param name="Enabled">Serve the GUI from the scheduler.</param>
/// <param name="Host">Listening address.</param>
/// <param name="Port">Listening port.</param>
/// <param name="Password">GUI password (a secret).</param>
/// <param name="Token">API bearer token (a secret).</param>
public sealed record WebSettings(bool Enabled, string Host, int Port, string Password, string Token)
{
    /// <summary>The settings, or null and every bad value (enabled without password or token is one).</summary>
    public static WebSettings? From(LayeredConfig config, out IReadOnlyList<Diagnostic> errors)
    {
        const string Web = SectionNames.Web;
        var read = new SettingsReader(config);
        var settings = new WebSettings(
            read.Flag(Web, "enabled"),
            read.Text(Web, "host"),
            read.Number(Web, "port"),
            read.Text(Web, "password"),
            read.Text(Web, "token"));
        read.Require(
            !settings.Enabled || settings.Password.Length > 0 || settings.Token.Length > 0, Web, "enabled", ConfigMessages.WebWithoutSecret);
        errors = read.Errors;
        return errors.Count == 0 ? settings : null;
    }

    public override string ToString() =>
        $"WebSettings {{ Enabled = {Enabled}, Host = {Host}, Port = {Port}, Password = {Secret.Mask(Password)}, Token = {Secret.Mask(Token)} }}";
}
