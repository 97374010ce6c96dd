using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Runtime.Versioning;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Processes.Windows;

/// <summary>
/// A process started with <see cref="Process"/> (arguments as a list, no shell) inside a job
/// object; Terminate and Kill end the job, so the whole tree. Output is read by two reader
/// tasks through the same <see cref="LineSplitter"/> as on Unix. Completion comes when the
/// process exited and both pipes ended, or <see cref="LaunchSettings.DrainAfterExit"/> after the
/// exit when a process left behind still holds them; disposing closes the job, which ends it.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsRunningProcess : IRunningProcess
{
    /// <summary>The exit code a killed job's processes get (what taskkill /F gives).</summary>
    private const uint KilledExitCode = 1;

    private const int ReadBytes = 64 * 1024;

    private readonly Process _process;
    private readonly JobObject? _job;
    private readonly OutputGate _gate;
    private readonly LaunchSettings _settings;

    private WindowsRunningProcess(Process process, JobObject? job, IOutputSink output, LaunchSettings settings)
    {
        _process = process;
        _job = job;
        _settings = settings;
        _gate = new OutputGate(output);
        Task[] readers = [Read(process.StandardOutput.BaseStream, fromStdErr: false), Read(process.StandardError.BaseStream, fromStdErr: true)];
        Completion = WatchAsync(readers);
    }

    public int Id => _process.Id;

    public Task<ProcessExit> Completion { get; }

    /// <exception cref="ProcessStartException">The program could not be started.</exception>
    public static WindowsRunningProcess Start(ProcessSpec spec, IOutputSink output, LaunchSettings settings)
    {
        var info = new ProcessStartInfo(spec.Program)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            info.Environment[name] = value;
        }

        JobObject job;
        try
        {
            job = JobObject.Create();
        }
        catch (Win32Exception e)
        {
            throw new ProcessStartException(LaunchMessages.Failed(spec.Program, "no job object to hold it: " + e.Message), e);
        }

        Process? process = null;
        try
        {
            process = Process.Start(info) ?? throw new ProcessStartException(LaunchMessages.Failed(spec.Program, "Windows started no process"));
        }
        catch (Win32Exception e)
        {
            throw new ProcessStartException(Message(spec, e), e);
        }
        finally
        {
            if (process is null)
            {
                job.Dispose();
            }
        }

        var held = job.TryAdd(process);
        if (!held)
        {
            job.Dispose();
        }

        process.StandardInput.Close();
        return new WindowsRunningProcess(process, held ? job : null, output, settings);
    }

    /// <summary>Windows has no TERM: the same as <see cref="Kill"/>.</summary>
    public void Terminate() => Kill();

    public void Kill()
    {
        if (_job is not null)
        {
            _job.Terminate(KilledExitCode);
            return;
        }

        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    public void Dispose()
    {
        _job?.Dispose();
        _process.Dispose();
    }

    private async Task<ProcessExit> WatchAsync(Task[] readers)
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        await Task.WhenAny(Task.WhenAll(readers), Task.Delay(_settings.DrainAfterExit, _settings.Time)).ConfigureAwait(false);
        _gate.Close();
        if (_gate.Failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return new ProcessExit(_process.ExitCode, null);
    }

    private Task Read(Stream pipe, bool fromStdErr) =>
        Task.Factory.StartNew(
            () =>
            {
                using var lines = new LineSplitter(_settings.MaxLineBytes, line => _gate.Deliver(line, fromStdErr));
                var buffer = new byte[ReadBytes];
                try
                {
                    int count;
                    while ((count = pipe.Read(buffer)) > 0)
                    {
                        lines.Push(buffer.AsSpan(0, count));
                    }
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                    // The pipe was closed under us by Dispose.
                }

                lines.Finish();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    private static string Message(ProcessSpec spec, Win32Exception e) => e.NativeErrorCode switch
    {
        2 or 3 or 267 when !Directory.Exists(spec.WorkingDirectory) => LaunchMessages.NoWorkingDirectory(spec.Program, spec.WorkingDirectory),
        2 or 3 => LaunchMessages.NotFound(spec.Program, e.Message),
        5 => LaunchMessages.NotExecutable(spec.Program, e.Message),
        193 => LaunchMessages.BadFormat(spec.Program, e.Message),
        _ => LaunchMessages.Failed(spec.Program, e.Message),
    };
}
