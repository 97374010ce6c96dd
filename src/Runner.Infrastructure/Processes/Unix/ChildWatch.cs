using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>
/// One thread per child that reads both pipes with poll() as the bytes come and reaps the child.
/// It completes when the child has been reaped and its pipes are at end of file, which for an
/// ordinary job happen together. Something the child started in the background may keep the
/// pipes open after the child exited: while the pipes are open the thread checks for the exit
/// (waitpid WNOHANG) whenever poll times out, after 5 ms, 10 ms, … at most every 250 ms; once
/// it has exited, the pipes are read for at most <see cref="LaunchSettings.DrainAfterExit"/>
/// more, then closed (a writer left behind gets EPIPE). The child itself is always reaped, so it
/// never stays a zombie; what it left behind stays in its process group for Kill to reach.
/// A file descriptor closed by another thread does not wake a blocked read() on Linux: poll()
/// with a timeout is what bounds the wait, so no thread stays stuck on a pipe.
/// </summary>
[SupportedOSPlatform("linux")]
[SupportedOSPlatform("macos")]
internal sealed unsafe class ChildWatch
{
    private const int ReadBytes = 64 * 1024;
    private const int StackBytes = 256 * 1024;

    /// <summary>While the pipes are open and quiet: waitpid(WNOHANG) after 5 ms, 10 ms, … then every 250 ms.</summary>
    private const int FirstExitCheckMs = 5;
    private const int LastExitCheckMs = 250;

    private readonly int _pid;
    private readonly LaunchSettings _settings;
    private readonly OutputGate _gate;
    private readonly OutputPipe _stdout;
    private readonly OutputPipe _stderr;
    private readonly TaskCompletionSource<ProcessExit> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChildWatch(SpawnedChild child, IOutputSink sink, LaunchSettings settings)
    {
        _pid = child.Pid;
        _settings = settings;
        _gate = new OutputGate(sink);
        _stdout = new OutputPipe(child.StandardOutput, new LineSplitter(settings.MaxLineBytes, line => _gate.Deliver(line, fromStdErr: false)));
        _stderr = new OutputPipe(child.StandardError, new LineSplitter(settings.MaxLineBytes, line => _gate.Deliver(line, fromStdErr: true)));
    }

    public Task<ProcessExit> Completion => _completion.Task;

    /// <exception cref="ProcessStartException">No thread could be started; the child was killed and reaped.</exception>
    public void Start(string program)
    {
        try
        {
            WatchThreads.Run(Run, StackBytes);
        }
        catch (OutOfMemoryException e)
        {
            _ = LibC.Kill(-_pid, LibC.SigKill);
            Run();
            throw new ProcessStartException(LaunchMessages.Failed(program, "no thread to watch it: " + e.Message), e);
        }
    }

    private void Run()
    {
        int? status = null;
        Exception? failure = null;
        try
        {
            status = Drain();
        }
#pragma warning disable CA1031 // The thread must not die before reaping; the failure goes to Completion.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = e;
        }
        finally
        {
            _stdout.Close();
            _stderr.Close();
            _gate.Close();
        }

        try
        {
            status ??= WaitForExit();
        }
        catch (InvalidOperationException e)
        {
            failure ??= e;
        }

        if ((_gate.Failure ?? failure) is { } error)
        {
            _completion.SetException(error);
        }
        else
        {
            _completion.SetResult(WaitStatus.Decode(status!.Value));
        }
    }

    /// <summary>Reads until both pipes end, or until the drain time after the child's exit; returns the status if reaped meanwhile.</summary>
    private int? Drain()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBytes);
        try
        {
            var fds = stackalloc PollFd[2];
            int? status = null;
            long exitedAt = 0;
            var checkMs = FirstExitCheckMs;
            while (_stdout.IsOpen || _stderr.IsOpen)
            {
                int timeoutMs;
                if (status is null)
                {
                    timeoutMs = checkMs;
                }
                else
                {
                    var left = _settings.DrainAfterExit - _settings.Time.GetElapsedTime(exitedAt);
                    if (left <= TimeSpan.Zero)
                    {
                        break;
                    }

                    timeoutMs = (int)Math.Ceiling(Math.Min(left.TotalMilliseconds, int.MaxValue));
                }

                var count = 0;
                foreach (var pipe in (ReadOnlySpan<OutputPipe>)[_stdout, _stderr])
                {
                    if (pipe.IsOpen)
                    {
                        fds[count++] = new PollFd { Fd = pipe.Fd, Events = LibC.PollIn };
                    }
                }

                var ready = LibC.Poll(fds, (nuint)count, timeoutMs);
                if (ready < 0)
                {
                    var error = Marshal.GetLastPInvokeError();
                    if (error == LibC.EIntr)
                    {
                        continue;
                    }

                    throw new IOException($"poll() on the output of process {_pid} failed: {Marshal.GetPInvokeErrorMessage(error)}");
                }

                if (ready == 0)
                {
                    checkMs = Math.Min(checkMs * 2, LastExitCheckMs);
                }

                for (var i = 0; i < count; i++)
                {
                    if (fds[i].ReturnedEvents != 0)
                    {
                        (fds[i].Fd == _stdout.Fd ? _stdout : _stderr).ReadOnce(buffer);
                    }
                }

                if (status is null && TryReap() is { } reaped)
                {
                    status = reaped;
                    exitedAt = _settings.Time.GetTimestamp();
                }
            }

            return status;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private int? TryReap()
    {
        int status;
        var result = LibC.WaitPid(_pid, &status, LibC.WNoHang);
        if (result == _pid)
        {
            return status;
        }

        return result == 0 || Marshal.GetLastPInvokeError() == LibC.EIntr ? null : throw Lost();
    }

    private int WaitForExit()
    {
        while (true)
        {
            int status;
            if (LibC.WaitPid(_pid, &status, 0) == _pid)
            {
                return status;
            }

            if (Marshal.GetLastPInvokeError() != LibC.EIntr)
            {
                throw Lost();
            }
        }
    }

    /// <summary>ECHILD: someone else reaped our child (SIGCHLD ignored at start-up makes the runtime reap every child).</summary>
    private InvalidOperationException Lost() =>
        new($"the exit status of process {_pid} was collected elsewhere ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}); was the runner started with SIGCHLD ignored?");
}
