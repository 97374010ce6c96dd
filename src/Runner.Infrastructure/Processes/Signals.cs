using Runner.Infrastructure.Processes.Unix;

namespace Runner.Infrastructure.Processes;

/// <summary>
/// Signals to processes and process groups by id (Unix), for crash recovery and
/// <c>runner stop scheduler</c>. On Windows these do nothing and report nothing alive.
/// </summary>
public static class Signals
{
    /// <summary>True when the process group <paramref name="groupId"/> still has members.</summary>
    public static bool GroupAlive(int groupId) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && groupId > 0 && LibC.Kill(-groupId, 0) == 0;

    /// <summary>Kills every member of the process group <paramref name="groupId"/> (SIGKILL).</summary>
    public static void KillGroup(int groupId)
    {
        if ((OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && groupId > 0)
        {
            _ = LibC.Kill(-groupId, LibC.SigKill);
        }
    }

    /// <summary>Sends SIGTERM to the process <paramref name="pid"/>; false when it could not be sent.</summary>
    public static bool Terminate(int pid) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && pid > 0 && LibC.Kill(pid, LibC.SigTerm) == 0;
}
