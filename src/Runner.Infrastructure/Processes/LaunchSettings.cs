namespace Runner.Infrastructure.Processes;

/// <summary>How the launcher captures output and waits for it.</summary>
/// <param name="MaxLineBytes">The longest line delivered, in UTF-8 bytes; the rest of a longer line is dropped.</param>
/// <param name="DrainAfterExit">How long after the program exited its output may still be read while something it started holds the pipes open.</param>
/// <param name="Time">The clock for <paramref name="DrainAfterExit"/>.</param>
/// <param name="ChdirByShell">Unix without <c>posix_spawn_file_actions_addchdir_np</c>: enter the working directory through <c>/bin/sh</c>.</param>
internal sealed record LaunchSettings(int MaxLineBytes, TimeSpan DrainAfterExit, TimeProvider Time, bool ChdirByShell);
