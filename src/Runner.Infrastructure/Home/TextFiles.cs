using System.Text;

namespace Runner.Infrastructure.Home;

/// <summary>Reads text files losslessly: invalid UTF-8 becomes U+FFFD (reported by the parsers), a BOM stays as U+FEFF.</summary>
public static class TextFiles
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The file's text, or null when it does not exist.</summary>
    public static string? ReadOrNull(string path)
    {
        try
        {
            return Lenient.GetString(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
