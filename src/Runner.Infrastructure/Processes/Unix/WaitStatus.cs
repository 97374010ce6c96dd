using Runner.Engine.Ports;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>Decodes a waitpid status: the same bit layout on Linux and macOS.</summary>
internal static class WaitStatus
{
    /// <summary>WIFEXITED → WEXITSTATUS; WIFSIGNALED → 128 + WTERMSIG, as a shell reports it.</summary>
    public static ProcessExit Decode(int status)
    {
        var signal = status & 0x7F;
        return signal == 0
            ? new ProcessExit((status >> 8) & 0xFF, null)
            : new ProcessExit(128 + signal, signal);
    }
}
