using Runner.Engine.Ports;

namespace Runner.Engine.Runs;

/// <summary>
/// The scheduler's runs: each through the <see cref="RunPipeline"/>, then the retention rules
/// (<c>[LOG] keep_days</c>, <c>keep_runs</c>), as after <c>runner run job</c> — but pruned at
/// most once per <see cref="PruneInterval"/>: a prune scans the run history, so at a thousand
/// runs a second pruning after every run would cost more than the runs. A run that ends inside
/// the interval leaves one prune pending at the interval's end, so the limits always hold
/// within <see cref="PruneInterval"/> of the last run. A failed prune never fails a run: it is
/// reported to <paramref name="warn"/> and retried after the next run.
/// </summary>
public sealed class ScheduledRuns(RunPipeline pipeline, Retention retention, TimeProvider time, Action<string>? warn = null)
{
    /// <summary>The least time between two prunes.</summary>
    public static readonly TimeSpan PruneInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private long? _lastPrune;
    private bool _pending;

    /// <summary>Runs the request (every attempt of its retry policy), then prunes when due; returns the last attempt's record.</summary>
    public async Task<RunRecord> RunAsync(RunRequest request, CancellationToken token)
    {
        var record = await pipeline.RunAsync(request, null, token).ConfigureAwait(false);
        TimeSpan? wait;
        lock (_gate)
        {
            if (_pending)
            {
                return record;
            }

            var since = _lastPrune is { } last ? time.GetElapsedTime(last) : PruneInterval;
            wait = since >= PruneInterval ? null : PruneInterval - since;
            _pending = true;
        }

        if (wait is { } delay)
        {
            _ = PruneLaterAsync(delay);
        }
        else
        {
            Prune();
        }

        return record;
    }

    private async Task PruneLaterAsync(TimeSpan delay)
    {
        await Task.Delay(delay, time).ConfigureAwait(false);
        Prune();
    }

    private void Prune()
    {
        try
        {
            retention.Apply();
        }
        catch (Exception e)
        {
            // Pruning old runs must never fail a run or the scheduler: reported, retried after the next run.
            warn?.Invoke($"old runs not pruned: {e.Message}");
        }
        finally
        {
            lock (_gate)
            {
                (_lastPrune, _pending) = (time.GetTimestamp(), false);
            }
        }
    }
}
