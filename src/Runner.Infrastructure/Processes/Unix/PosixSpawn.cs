using System.Collections;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>
/// Starts a child with posix_spawnp as the leader of a new process group (pgid = pid, set before
/// its first instruction, so everything it forks is in the group even if it exits first), with
/// stdin from /dev/null, stdout and stderr on two close-on-exec pipes, default signal
/// dispositions and an empty signal mask (the runtime ignores SIGPIPE; a job must not inherit
/// that), the working directory entered by a file action, and an explicit environment.
/// </summary>
[SupportedOSPlatform("linux")]
[SupportedOSPlatform("macos")]
internal static unsafe class PosixSpawn
{
    /// <summary>posix_spawnattr_t is 336 bytes and posix_spawn_file_actions_t 80 on glibc x64, a pointer on macOS: room for all.</summary>
    private const int OpaqueBytes = 1024;

    /// <summary>sigset_t is 128 bytes on glibc, 4 on macOS.</summary>
    private const int SignalSetBytes = 256;

    private const string Shell = "/bin/sh";

    /// <summary>Enters the folder in $1, then becomes the program: the arguments are never parsed by the shell.</summary>
    private const string ChdirScript = "cd -- \"$1\" && shift && exec \"$@\"";

    /// <summary>Whether libc has posix_spawn_file_actions_addchdir_np (glibc 2.29+, musl 1.1.24+, macOS 10.15+).</summary>
    public static bool HasChdirAction { get; } = ProbeChdirAction();

    /// <exception cref="ProcessStartException">The program could not be started.</exception>
    public static SpawnedChild Start(ProcessSpec spec, bool chdirByShell)
    {
        var variables = Variables(spec);
        Validate(spec, variables);
        var program = ProgramPath.Resolve(spec.Program, variables.GetValueOrDefault("PATH"), spec.WorkingDirectory)
            ?? throw new ProcessStartException(LaunchMessages.NotFound(spec.Program, Marshal.GetPInvokeErrorMessage(LibC.ENoEnt)));
        List<string> argv = chdirByShell
            ? [Shell, "-c", ChdirScript, Shell, spec.WorkingDirectory, program, .. spec.Arguments]
            : [spec.Program, .. spec.Arguments];
        if (chdirByShell && !Directory.Exists(spec.WorkingDirectory))
        {
            throw new ProcessStartException(LaunchMessages.NoWorkingDirectory(spec.Program, spec.WorkingDirectory));
        }

        SafeFileHandle? outRead = null, outWrite = null, errRead = null, errWrite = null;
        try
        {
            (outRead, outWrite) = CreatePipe(spec.Program);
            (errRead, errWrite) = CreatePipe(spec.Program);
            var environment = variables.Select(v => $"{v.Key}={v.Value}").ToList();
            var pid = Spawn(spec, chdirByShell ? Shell : program, argv, environment, Fd(outWrite), Fd(errWrite), chdirByShell);
            var child = new SpawnedChild(pid, outRead, errRead);
            outRead = errRead = null;
            return child;
        }
        finally
        {
            // The child has its own copies of the write ends: ours must close, or no EOF ever comes.
            outWrite?.Dispose();
            errWrite?.Dispose();
            outRead?.Dispose();
            errRead?.Dispose();
        }
    }

    private static int Spawn(ProcessSpec spec, string program, List<string> argv, List<string> environment, int stdout, int stderr, bool chdirByShell)
    {
        using var paths = new NativeStrings([program, spec.WorkingDirectory, "/dev/null"]);
        using var arguments = new NativeStrings(argv);
        using var variables = new NativeStrings(environment);
        var memory = (byte*)NativeMemory.AllocZeroed(2 * OpaqueBytes + 2 * SignalSetBytes);
        void* actions = memory, attributes = memory + OpaqueBytes;
        void* mask = memory + (2 * OpaqueBytes), defaults = memory + (2 * OpaqueBytes) + SignalSetBytes;
        bool actionsReady = false, attributesReady = false;
        try
        {
            Check(LibC.FileActionsInit(actions), spec);
            actionsReady = true;
            Check(LibC.FileActionsAddDup2(actions, stdout, 1), spec);
            Check(LibC.FileActionsAddDup2(actions, stderr, 2), spec);
            Check(LibC.FileActionsAddOpen(actions, 0, paths[2], LibC.ORdOnly, 0), spec);
            if (!chdirByShell)
            {
                Check(LibC.FileActionsAddChdir(actions, paths[1]), spec);
            }

            Check(LibC.AttributesInit(attributes), spec);
            attributesReady = true;
            var flags = LibC.SpawnSetProcessGroup | LibC.SpawnSetSignalMask | LibC.SpawnSetSignalDefaults;
            if (OperatingSystem.IsMacOS())
            {
                // macOS has no pipe2: our pipes become close-on-exec a moment after they exist.
                // This keeps every descriptor but 0, 1 and 2 out of the child in any case.
                flags |= LibC.SpawnCloseOnExecDefault;
            }

            Check(LibC.AttributesSetFlags(attributes, (short)flags), spec);
            Check(LibC.AttributesSetProcessGroup(attributes, 0), spec);
            Check(LibC.SignalSetEmpty(mask), spec);
            Check(LibC.AttributesSetSignalMask(attributes, mask), spec);
            Check(LibC.SignalSetFill(defaults), spec);
            Check(LibC.SignalSetRemove(defaults, LibC.SigKill), spec);
            Check(LibC.SignalSetRemove(defaults, LibC.SigStop), spec);
            Check(LibC.AttributesSetSignalDefaults(attributes, defaults), spec);

            // glibc and macOS report a failed exec as the return value; platforms that report it
            // as the child's exit status 127 end up as an ordinary exit 127.
            var error = LibC.PosixSpawnp(out var pid, paths[0], actions, attributes, arguments.Pointers, variables.Pointers);
            return error == 0 ? pid : throw Failure(error, spec);
        }
        finally
        {
            if (attributesReady)
            {
                _ = LibC.AttributesDestroy(attributes);
            }

            if (actionsReady)
            {
                _ = LibC.FileActionsDestroy(actions);
            }

            NativeMemory.Free(memory);
        }
    }

    /// <summary>The launcher's environment with the spec's variables added or replacing.</summary>
    private static Dictionary<string, string> Variables(ProcessSpec spec)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        foreach (var (name, value) in spec.Environment)
        {
            variables[name] = value;
        }

        return variables;
    }

    private static void Validate(ProcessSpec spec, Dictionary<string, string> variables)
    {
        if (spec.Program.Contains('\0', StringComparison.Ordinal) || spec.WorkingDirectory.Contains('\0', StringComparison.Ordinal))
        {
            throw new ProcessStartException(LaunchMessages.NulInPath(spec.Program));
        }

        for (var i = 0; i < spec.Arguments.Count; i++)
        {
            if (spec.Arguments[i].Contains('\0', StringComparison.Ordinal))
            {
                throw new ProcessStartException(LaunchMessages.NulInArgument(spec.Program, i + 1));
            }
        }

        foreach (var (name, value) in variables)
        {
            if (name.Length == 0 || name.Contains('=', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
            {
                throw new ProcessStartException(LaunchMessages.BadVariable(spec.Program, name));
            }

            if (value.Contains('\0', StringComparison.Ordinal))
            {
                throw new ProcessStartException(LaunchMessages.NulInVariable(spec.Program, name));
            }
        }
    }

    private static (SafeFileHandle Read, SafeFileHandle Write) CreatePipe(string program)
    {
        var fds = stackalloc int[2];
        if (OperatingSystem.IsMacOS())
        {
            if (LibC.Pipe(fds) != 0)
            {
                throw PipeFailure(program);
            }

            // FIOCLEX rather than fcntl(F_SETFD): fcntl is variadic, and on Apple arm64 variadic
            // arguments travel on the stack, where a P/Invoke does not put them.
            _ = LibC.IoCtl(fds[0], LibC.FioClexMac);
            _ = LibC.IoCtl(fds[1], LibC.FioClexMac);
        }
        else if (LibC.Pipe2(fds, LibC.OCloseOnExecLinux) != 0)
        {
            throw PipeFailure(program);
        }

        return (new SafeFileHandle(fds[0], ownsHandle: true), new SafeFileHandle(fds[1], ownsHandle: true));
    }

    private static ProcessStartException PipeFailure(string program) =>
        new(LaunchMessages.Failed(program, "no pipe for its output: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())));

    private static int Fd(SafeFileHandle handle) => (int)handle.DangerousGetHandle();

    private static void Check(int result, ProcessSpec spec)
    {
        if (result != 0)
        {
            // posix_spawn* return the error number; sig*set return -1 and set errno.
            throw Failure(result > 0 ? result : Marshal.GetLastPInvokeError(), spec);
        }
    }

    private static ProcessStartException Failure(int error, ProcessSpec spec)
    {
        var text = Marshal.GetPInvokeErrorMessage(error);
        var message = error switch
        {
            LibC.ENoEnt or LibC.ENotDir or LibC.EAccess when !Directory.Exists(spec.WorkingDirectory) =>
                LaunchMessages.NoWorkingDirectory(spec.Program, spec.WorkingDirectory),
            LibC.ENoEnt or LibC.ENotDir => LaunchMessages.NotFound(spec.Program, text),
            LibC.EAccess => LaunchMessages.NotExecutable(spec.Program, text),
            LibC.ENoExec => LaunchMessages.BadFormat(spec.Program, text),
            _ => LaunchMessages.Failed(spec.Program, text),
        };
        return new ProcessStartException(message);
    }

    private static bool ProbeChdirAction()
    {
        var actions = NativeMemory.AllocZeroed(OpaqueBytes);
        try
        {
            if (LibC.FileActionsInit(actions) != 0)
            {
                return false;
            }

            try
            {
                var root = stackalloc byte[] { (byte)'/', 0 };
                return LibC.FileActionsAddChdir(actions, root) == 0;
            }
            catch (EntryPointNotFoundException)
            {
                return false;
            }
            finally
            {
                _ = LibC.FileActionsDestroy(actions);
            }
        }
        finally
        {
            NativeMemory.Free(actions);
        }
    }
}
