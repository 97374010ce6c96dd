using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>A process of <see cref="FakeLauncher"/>: exits, hangs or obeys signals as its <see cref="ProcessScript"/> says, and counts what was done to it.</summary>
public sealed class FakeProcess : IRunningProcess
{
    private readonly TaskCompletionSource<ProcessExit> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ProcessScript _script;
    private readonly IOutputSink _output;
    private int _terminations;
    private int _kills;
    private int _disposed;

    public FakeProcess(int id, ProcessScript script, IOutputSink output)
    {
        (Id, _script, _output) = (id, script, output);
        if (!script.Hangs)
        {
            _exit.SetResult(new ProcessExit(script.ExitCode, script.Signal));
        }
    }

    public int Id { get; }

    public Task<ProcessExit> Completion => _exit.Task;

    /// <summary>Completes at the first SIGTERM.</summary>
    public Task WhenTerminated => _terminated.Task;

    public int Terminations => Volatile.Read(ref _terminations);

    public int Kills => Volatile.Read(ref _kills);

    public bool Disposed => Volatile.Read(ref _disposed) == 1;

    /// <summary>Writes a line while it runs, as a job's output comes.</summary>
    public void Say(string text, bool stdErr = false) => _output.Line(text, stdErr);

    /// <summary>Ends a hanging process by itself with <paramref name="code"/>.</summary>
    public void Exit(int code) => _exit.TrySetResult(new ProcessExit(code, null));

    public void Terminate()
    {
        Interlocked.Increment(ref _terminations);
        if (_script.ExitsOnTerm)
        {
            _exit.TrySetResult(new ProcessExit(128 + ProcessScript.SigTerm, ProcessScript.SigTerm));
        }

        _terminated.TrySetResult();
    }

    public void Kill()
    {
        Interlocked.Increment(ref _kills);
        _exit.TrySetResult(new ProcessExit(128 + ProcessScript.SigKill, ProcessScript.SigKill));
    }

    public void Dispose() => Interlocked.Exchange(ref _disposed, 1);
}
