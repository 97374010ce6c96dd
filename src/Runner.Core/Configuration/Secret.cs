namespace Runner.Core.Configuration;

/// <summary>How secrets are shown: never.</summary>
internal static class Secret
{
    public const string Shown = "***";

    /// <summary><c>***</c> for a set secret, empty for an unset one.</summary>
    public static string Mask(string value) => value.Length == 0 ? "" : Shown;
}
