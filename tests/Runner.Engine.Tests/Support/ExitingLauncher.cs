using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>Starts processes that write one line and have already exited with <paramref name="exitCode"/>.</summary>
public sealed class ExitingLauncher(int exitCode = 0) : IProcessLauncher
{
    private int _started;

    public int Started => Volatile.Read(ref _started);

    public IRunningProcess Start(ProcessSpec spec, IOutputSink output)
    {
        var id = 1000 + Interlocked.Increment(ref _started);
        output.Line($"{spec.Program} ran", fromStdErr: false);
        return new Exited(id, exitCode);
    }

    private sealed class Exited(int id, int code) : IRunningProcess
    {
        public int Id { get; } = id;

        public Task<ProcessExit> Completion { get; } = Task.FromResult(new ProcessExit(code, null));

        public void Terminate()
        {
        }

        public void Kill()
        {
        }

        public void Dispose()
        {
        }
    }
}
