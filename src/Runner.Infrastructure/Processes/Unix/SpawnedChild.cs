using Microsoft.Win32.SafeHandles;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>A child just spawned: its pid (also its process group id) and our ends of its output pipes.</summary>
internal sealed record SpawnedChild(int Pid, SafeFileHandle StandardOutput, SafeFileHandle StandardError);
