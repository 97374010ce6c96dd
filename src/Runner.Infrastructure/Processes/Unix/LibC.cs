using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>
/// The libc calls of the Unix launcher (glibc, musl, macOS libSystem), with the constants that
/// differ between Linux and macOS. The posix_spawn* functions return their error number;
/// the others set errno, read with <see cref="Marshal.GetLastPInvokeError"/>.
/// </summary>
[SupportedOSPlatform("linux")]
[SupportedOSPlatform("macos")]
internal static unsafe partial class LibC
{
    // posix_spawnattr_setflags flags: the same values in glibc, musl and macOS <sys/spawn.h>.
    public const short SpawnSetProcessGroup = 0x02;
    public const short SpawnSetSignalDefaults = 0x04;
    public const short SpawnSetSignalMask = 0x08;

    /// <summary>macOS only: every descriptor not named in the file actions is closed in the child.</summary>
    public const short SpawnCloseOnExecDefault = 0x4000;

    // errno values that are the same on Linux and macOS.
    public const int EPerm = 1;
    public const int ENoEnt = 2;
    public const int ESrch = 3;
    public const int EIntr = 4;
    public const int ENoExec = 8;
    public const int EChild = 10;
    public const int EAccess = 13;
    public const int ENotDir = 20;

    public const int SigKill = 9;
    public const int SigTerm = 15;

    /// <summary>SIGSTOP: 19 on Linux, 17 on macOS.</summary>
    public static int SigStop => OperatingSystem.IsMacOS() ? 17 : 19;

    /// <summary>O_CLOEXEC for pipe2 (Linux: 02000000 on x64 and arm64).</summary>
    public const int OCloseOnExecLinux = 0x80000;

    /// <summary>FIOCLEX, macOS: _IO('f', 1). Takes no third argument, so the variadic ioctl is safe to call.</summary>
    public const ulong FioClexMac = 0x20006601;

    /// <summary>FIOCLEX, Linux (x64 and arm64).</summary>
    public const ulong FioClexLinux = 0x5451;

    public const int ORdOnly = 0;
    public const int WNoHang = 1;

    public const short PollIn = 0x01;

    private const string Lib = "libc";

    [LibraryImport(Lib, EntryPoint = "posix_spawnp")]
    public static partial int PosixSpawnp(out int pid, byte* file, void* fileActions, void* attributes, byte** argv, byte** envp);

    [LibraryImport(Lib, EntryPoint = "posix_spawn_file_actions_init")]
    public static partial int FileActionsInit(void* fileActions);

    [LibraryImport(Lib, EntryPoint = "posix_spawn_file_actions_destroy")]
    public static partial int FileActionsDestroy(void* fileActions);

    [LibraryImport(Lib, EntryPoint = "posix_spawn_file_actions_adddup2")]
    public static partial int FileActionsAddDup2(void* fileActions, int fd, int newFd);

    [LibraryImport(Lib, EntryPoint = "posix_spawn_file_actions_addopen")]
    public static partial int FileActionsAddOpen(void* fileActions, int fd, byte* path, int flags, uint mode);

    /// <summary>glibc 2.29+, musl 1.1.24+, macOS 10.15+; missing elsewhere (EntryPointNotFoundException).</summary>
    [LibraryImport(Lib, EntryPoint = "posix_spawn_file_actions_addchdir_np")]
    public static partial int FileActionsAddChdir(void* fileActions, byte* path);

    [LibraryImport(Lib, EntryPoint = "posix_spawnattr_init")]
    public static partial int AttributesInit(void* attributes);

    [LibraryImport(Lib, EntryPoint = "posix_spawnattr_destroy")]
    public static partial int AttributesDestroy(void* attributes);

    [LibraryImport(Lib, EntryPoint = "posix_spawnattr_setflags")]
    public static partial int AttributesSetFlags(void* attributes, short flags);

    [LibraryImport(Lib, EntryPoint = "posix_spawnattr_setpgroup")]
    public static partial int AttributesSetProcessGroup(void* attributes, int processGroup);

    [LibraryImport(Lib, EntryPoint = "posix_spawnattr_setsigmask")]
    public static partial int AttributesSetSignalMask(void* attributes, void* signals);

    [LibraryImport(Lib, EntryPoint = "posix_spawnattr_setsigdefault")]
    public static partial int AttributesSetSignalDefaults(void* attributes, void* signals);

    [LibraryImport(Lib, EntryPoint = "sigemptyset")]
    public static partial int SignalSetEmpty(void* signals);

    [LibraryImport(Lib, EntryPoint = "sigfillset")]
    public static partial int SignalSetFill(void* signals);

    [LibraryImport(Lib, EntryPoint = "sigdelset")]
    public static partial int SignalSetRemove(void* signals, int signal);

    [LibraryImport(Lib, EntryPoint = "pipe2", SetLastError = true)]
    public static partial int Pipe2(int* fds, int flags);

    [LibraryImport(Lib, EntryPoint = "pipe", SetLastError = true)]
    public static partial int Pipe(int* fds);

    [LibraryImport(Lib, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int IoCtl(int fd, ulong request);

    /// <summary>nfds_t is unsigned long on Linux and unsigned int on macOS: a 64-bit value serves both.</summary>
    [LibraryImport(Lib, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollFd* fds, nuint count, int timeoutMilliseconds);

    [LibraryImport(Lib, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport(Lib, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport(Lib, EntryPoint = "waitpid", SetLastError = true)]
    public static partial int WaitPid(int pid, int* status, int options);

    [LibraryImport(Lib, EntryPoint = "dup2", SetLastError = true)]
    public static partial int Dup2(int fd, int newFd);

    [LibraryImport(Lib, EntryPoint = "setsid", SetLastError = true)]
    public static partial int SetSid();
}
