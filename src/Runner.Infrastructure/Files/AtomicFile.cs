using System.Text;

namespace Runner.Infrastructure.Files;

/// <summary>
/// Writes a file so that readers see the old or the new content, never a mix: the text goes
/// to a temporary file in the same folder, is flushed to disk, then renamed over the target.
/// Files holding secrets are created readable by the owner only (0600 on Unix).
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (a BOM only if the text starts with U+FEFF).</summary>
    public static void WriteText(string path, string text, bool ownerOnly = false) =>
        WriteBytes(path, Utf8NoBom.GetBytes(text), ownerOnly);

    public static void WriteBytes(string path, ReadOnlySpan<byte> bytes, bool ownerOnly = false)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = ownerOnly || IsOwnerOnly(full)
                    ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                    : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            }

            using (var stream = new FileStream(temp, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>True when an existing file is readable by its owner only: a rewrite keeps it so.</summary>
    private static bool IsOwnerOnly(string path) =>
        !OperatingSystem.IsWindows() && File.Exists(path)
        && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) == 0;
}
