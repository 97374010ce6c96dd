using System.Runtime.Versioning;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>
/// Finds a program named without a folder on the PATH the child will get (the launcher's own
/// environment with the spec's variables applied), as execvp would: the first executable file,
/// else the first file found (so that spawning it reports EACCES), else none. posix_spawnp
/// would search the PATH of the native environment instead, which misses both the spec's PATH
/// and changes made through <see cref="Environment.SetEnvironmentVariable(string, string)"/>.
/// </summary>
[SupportedOSPlatform("linux")]
[SupportedOSPlatform("macos")]
internal static class ProgramPath
{
    private const string DefaultPath = "/bin:/usr/bin";
    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>The path to spawn, or null when no folder of the PATH holds <paramref name="program"/>.</summary>
    public static string? Resolve(string program, string? path, string workingDirectory)
    {
        if (program.Contains('/', StringComparison.Ordinal) || program.Length == 0)
        {
            return program;
        }

        string? firstFound = null;
        foreach (var folder in (path ?? DefaultPath).Split(':'))
        {
            // An empty entry is the current folder: the child's, the working directory.
            var candidate = Path.Combine(Path.Combine(workingDirectory, folder), program);
            if (!File.Exists(candidate))
            {
                continue;
            }

            if (IsExecutable(candidate))
            {
                return candidate;
            }

            firstFound ??= candidate;
        }

        return firstFound;
    }

    private static bool IsExecutable(string file)
    {
        try
        {
            return (File.GetUnixFileMode(file) & AnyExecute) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
