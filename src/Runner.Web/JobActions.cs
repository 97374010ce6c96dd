using Runner.Core.Schedules;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;

namespace Runner.Web;

/// <summary>What the GUI and the API both do with a job, so the two cannot drift apart: run now (through the dispatcher), enable, disable, edit.</summary>
internal sealed class JobActions(WebServices services)
{
    private static readonly TimeSpan RunIdWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Hands the job to the scheduler's dispatcher (its overlap policy applies) and waits briefly
    /// for the run to be recorded; returns the new run's id, or null when it was not seen in time.
    /// </summary>
    public async Task<Outcome<long?>> RunNowAsync(int id, CancellationToken token)
    {
        var found = services.Jobs.FindJob(id);
        if (found.Value is not { } job)
        {
            return found.Problem!;
        }

        var before = LatestRunId(id);
        if (!services.RunNow(job, services.Time.GetUtcNow()))
        {
            return new Problem(ProblemKind.PartlyDone, "the scheduler is stopping and starts no run; run the job with `runner run job` instead");
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < RunIdWait && !token.IsCancellationRequested)
        {
            if (services.Store.History(new HistoryQuery(id, null, 5)).FirstOrDefault(r => r.RunId > before && r.Scheduled is null) is { } run)
            {
                return run.RunId;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), services.Time, token).ConfigureAwait(false);
        }

        return (long?)null;
    }

    public Outcome<int> SetActive(int id, bool active) => Log(services.Jobs.SetActive(id, active), $"job {id} {(active ? "enabled" : "disabled")} from the web GUI");

    public Outcome<Job> Edit(int id, JobEdit edit) => Log(services.Jobs.Edit(id, edit), $"job {id} edited from the web GUI");

    private long LatestRunId(int id) => services.Store.History(new HistoryQuery(id, null, 1)) is [var last, ..] ? last.RunId : 0;

    private Outcome<T> Log<T>(Outcome<T> outcome, string message)
    {
        if (outcome.Succeeded)
        {
            services.Log("INFO", message);
        }

        return outcome;
    }
}
