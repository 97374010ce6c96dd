using Runner.Core.Schedules;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;

namespace Runner.Web;

/// <summary>What the GUI and the API both do with a job, so the two cannot drift apart: run now (through the dispatcher), enable, disable, edit.</summary>
internal sealed class JobActions(WebServices services)
{
    /// <summary>
    /// Hands the job to the scheduler's dispatcher (its overlap policy applies); returns the id of
    /// the run it recorded for the request (started, waiting, or SKIPPED by the policy).
    /// </summary>
    public Outcome<long> RunNow(int id)
    {
        var found = services.Jobs.FindJob(id);
        if (found.Value is null)
        {
            return found.Problem!;
        }

        if (services.FindJob(id) is not { } job)
        {
            return new Problem(ProblemKind.NoSuchJob, $"job {id} is not in the schedule in force yet; try again in a second");
        }

        if (!job.IsValid)
        {
            var errors = string.Join("; ", job.Problems.Where(p => p.IsError));
            return new Problem(ProblemKind.InvalidSetup, $"job {id} is not run while its configuration is invalid: {errors}");
        }

        var dispatched = services.RunNow(job, services.Time.GetUtcNow());
        if (dispatched.Action == DispatchAction.Stopping)
        {
            return new Problem(ProblemKind.PartlyDone, "the scheduler is stopping and starts no run; run the job with `runner run job` instead");
        }

        return dispatched.Run.RunId;
    }

    public Outcome<int> SetActive(int id, bool active) => Log(services.Jobs.SetActive(id, active), $"job {id} {(active ? "enabled" : "disabled")} from the web GUI");

    public Outcome<Job> Edit(int id, JobEdit edit) => Log(services.Jobs.Edit(id, edit), $"job {id} edited from the web GUI");

    private Outcome<T> Log<T>(Outcome<T> outcome, string message)
    {
        if (outcome.Succeeded)
        {
            services.Log("INFO", message);
        }

        return outcome;
    }
}
