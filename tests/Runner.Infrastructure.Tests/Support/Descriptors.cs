using System.Globalization;

namespace Runner.Infrastructure.Tests.Support;

/// <summary>Open file descriptors as /proc shows them (Linux), written "FD TARGET".</summary>
internal static class Descriptors
{
    /// <summary>A python3 script printing its own descriptors, one "FD TARGET" a line, in order.</summary>
    public const string ListingScript =
        "import os\n" +
        "for fd in sorted(os.listdir('/proc/self/fd'), key=int):\n" +
        "    try: print(fd, os.readlink('/proc/self/fd/' + fd))\n" +
        "    except OSError: pass\n";

    private const int CloseOnExec = 0x80000; // O_CLOEXEC, as fdinfo's octal "flags" shows it

    /// <summary>This process's descriptors above 2 that a child inherits (no close-on-exec), in order.</summary>
    public static IReadOnlyList<string> InheritableOfThisProcess()
    {
        var inheritable = new List<(int Fd, string Target)>();
        foreach (var path in Directory.GetFiles("/proc/self/fd"))
        {
            var fd = int.Parse(Path.GetFileName(path), CultureInfo.InvariantCulture);
            try
            {
                var flags = File.ReadLines($"/proc/self/fdinfo/{fd}").First(l => l.StartsWith("flags:", StringComparison.Ordinal));
                if (fd > 2 && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & CloseOnExec) == 0)
                {
                    inheritable.Add((fd, new FileInfo(path).LinkTarget!));
                }
            }
            catch (IOException)
            {
                // Closed meanwhile (the listing's own descriptor).
            }
        }

        return [.. inheritable.OrderBy(d => d.Fd).Select(d => $"{d.Fd} {d.Target}")];
    }
}
