using System.Globalization;
using System.Security.Cryptography;

namespace Runner.Web.Security;

/// <summary>
/// Salted PBKDF2-SHA256 hashes of the web password and token, as written in config.ini by
/// <c>runner hash password</c>: <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in base64).
/// </summary>
public static class PasswordHash
{
    /// <summary>The prefix that tells a hash from a plain-text value.</summary>
    public const string Prefix = "pbkdf2-sha256$";

    /// <summary>Iterations of a new hash (the OWASP figure for PBKDF2-SHA256).</summary>
    public const int DefaultIterations = 600_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>True when <paramref name="stored"/> is a hash string rather than a plain-text secret.</summary>
    public static bool IsHash(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>A new hash of <paramref name="secret"/> with a random salt.</summary>
    public static string Create(string secret, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(secret, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{Prefix}{iterations.ToString(CultureInfo.InvariantCulture)}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    /// <summary>True when <paramref name="secret"/> matches <paramref name="stored"/> (a hash string, or a plain-text value compared in constant time).</summary>
    public static bool Verify(string secret, string stored)
    {
        if (stored.Length == 0)
        {
            return false;
        }

        if (!IsHash(stored))
        {
            return CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(stored));
        }

        var parts = stored.Split('$');
        if (parts.Length != 4 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(secret, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Why a stored hash string cannot be used, or null when it can (plain text is always usable).</summary>
    public static string? Problem(string stored)
    {
        if (!IsHash(stored))
        {
            return null;
        }

        var parts = stored.Split('$');
        bool Base64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out var n) && n > 0;
        return parts.Length == 4 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i > 0 && Base64(parts[2]) && Base64(parts[3])
            ? null
            : $"is not a valid {Prefix}ITERATIONS$SALT$HASH string; make one with `runner hash password`";
    }
}
