using Runner.Engine.Ports;

namespace Runner.Infrastructure.Tests.Support;

/// <summary>Specs of small jobs written in sh.</summary>
internal static class Shell
{
    /// <summary><c>/bin/sh -c SCRIPT sh ARGS…</c> in the temp folder: in SCRIPT, $1… are the arguments.</summary>
    public static ProcessSpec Job(string script, params string[] args) =>
        new("/bin/sh", ["-c", script, "sh", .. args], Path.GetTempPath(), new Dictionary<string, string>());
}
