using Runner.Engine.Ports;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// Starts <see cref="FakeProcess"/>es, the n-th start following the n-th script given (the last
/// one for every start past them); records each spec and process, and calls <see cref="OnStart"/>
/// before it starts one (a test looks at the stores there).
/// </summary>
public sealed class FakeLauncher(params ProcessScript[] scripts) : IProcessLauncher
{
    public const int FirstPid = 4001;

    private readonly Lock _gate = new();
    private readonly List<ProcessSpec> _specs = [];
    private readonly List<FakeProcess> _processes = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Called with each spec before its process starts (or fails to).</summary>
    public Action<ProcessSpec>? OnStart { get; set; }

    public IReadOnlyList<ProcessSpec> Specs
    {
        get
        {
            lock (_gate)
            {
                return [.. _specs];
            }
        }
    }

    public IReadOnlyList<FakeProcess> Processes
    {
        get
        {
            lock (_gate)
            {
                return [.. _processes];
            }
        }
    }

    public IRunningProcess Start(ProcessSpec spec, IOutputSink output)
    {
        OnStart?.Invoke(spec);
        ProcessScript script;
        lock (_gate)
        {
            _specs.Add(spec);
            script = scripts.Length == 0 ? ProcessScript.Exits(0) : scripts[Math.Min(_specs.Count, scripts.Length) - 1];
        }

        if (script.StartError is { } error)
        {
            Started();
            throw new ProcessStartException(error);
        }

        FakeProcess process;
        lock (_gate)
        {
            process = new FakeProcess(FirstPid + _processes.Count, script, output);
            _processes.Add(process);
        }

        foreach (var (text, stdErr) in script.Output ?? [])
        {
            output.Line(text, stdErr);
        }

        Started();
        return process;
    }

    /// <summary>Completes once <paramref name="count"/> starts were attempted.</summary>
    public Task WhenStarted(int count)
    {
        lock (_gate)
        {
            if (_specs.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }

    private void Started()
    {
        lock (_gate)
        {
            _waiters.RemoveAll(w => w.Count <= _specs.Count && w.Done.TrySetResult());
        }
    }
}
