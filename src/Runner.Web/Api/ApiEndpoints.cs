using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Runner.Core.Runs;
using Runner.Core.Schedules;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Status;

namespace Runner.Web.Api;

/// <summary>
/// The JSON REST API under <c>/api</c> (docs/web.md): the GUI's abilities, same services. Keys
/// are snake_case, like <c>runner --json</c>; times are ISO 8601 with offset; errors are
/// <c>{"error": "..."}</c> or <c>{"errors": [...]}</c> with a 4xx status.
/// </summary>
internal sealed class ApiEndpoints(WebServices services, JobActions actions, RunLogReader logs)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/jobs", Jobs);
        api.MapGet("/jobs/{id:int}", Job);
        api.MapPost("/jobs/{id:int}/run", RunNow);
        api.MapPost("/jobs/{id:int}/enable", (int id) => SetActive(id, true));
        api.MapPost("/jobs/{id:int}/disable", (int id) => SetActive(id, false));
        api.MapMethods("/jobs/{id:int}", [HttpMethods.Patch, HttpMethods.Put], Edit);
        api.MapGet("/runs", Runs);
        api.MapGet("/runs/{runId:long}", Run);
        api.MapGet("/runs/{runId:long}/log", Log);
        api.MapGet("/status", Status);
        api.MapFallback(() => Results.Json(new { error = "no such API route; see docs/web.md" }, Json, null, StatusCodes.Status404NotFound));
    }

    private static IResult Error(Problem problem) => Results.Json(
        new { error = string.Join("; ", problem.Messages), errors = problem.Messages },
        Json,
        null,
        problem.Kind switch
        {
            ProblemKind.NoSuchJob => StatusCodes.Status404NotFound,
            ProblemKind.BadInput => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        });

    private static IResult Ok(object value, int status = StatusCodes.Status200OK) => Results.Json(value, Json, null, status);

    private static object RunJson(RunRecord r) => new
    {
        run_id = r.RunId,
        job_id = r.JobId,
        job_name = r.JobName,
        trigger = r.Trigger,
        scheduled = r.Scheduled,
        kind = r.Kind.Name(),
        node = r.Node,
        started = r.Started,
        finished = r.Finished,
        status = r.Outcome.DisplayName(),
        exit_code = r.ExitCode,
        attempt = r.Attempt,
        duration_ms = r.Duration is { } d ? (long?)d.TotalMilliseconds : null,
        lateness_ms = r.Lateness is { } l ? (long?)l.TotalMilliseconds : null,
        host = r.Host,
        message = r.Message,
        log = $"/api/runs/{r.RunId.ToString(CultureInfo.InvariantCulture)}/log",
    };

    private object JobJson(Job job, DateTimeOffset? next, IReadOnlyList<DateTimeOffset>? nextFires = null)
    {
        var last = services.Store.History(new HistoryQuery(job.Id, null, 1)) is [var run, ..] ? RunJson(run) : null;
        return new
        {
            id = job.Id,
            name = job.Name,
            description = job.Description,
            environment = job.Environment,
            file = job.File,
            month_day = job.Timing.MonthDay.Text,
            week_day = job.Timing.WeekDay.Text,
            hour = job.Timing.Hour.Text,
            minute = job.Timing.Minute.Text,
            second = job.Timing.Second.Text,
            parameters = job.Parameters,
            status = job.IsActive ? "Y" : "N",
            schedule = TimingWords.Describe(job.Timing),
            next,
            next_fires = nextFires,
            last_run = last,
        };
    }

    private IResult Jobs()
    {
        var listing = services.Jobs.List(JobFilter.All);
        return listing.Value is { } jobs
            ? Ok(new { jobs = jobs.Jobs.Select(j => JobJson(j.Job, j.Next)).ToList(), errors = jobs.Errors.Select(e => e.ToString()).ToList() })
            : Error(listing.Problem!);
    }

    private IResult Job(int id)
    {
        var found = services.Jobs.FindJob(id);
        if (found.Value is not { } job)
        {
            return Error(found.Problem!);
        }

        var next = job.IsActive ? services.Jobs.Next(id, 5).Value ?? [] : [];
        return Ok(JobJson(job, next.Count > 0 ? next[0] : null, next));
    }

    private IResult RunNow(int id)
    {
        var started = actions.RunNow(id);
        return started.Succeeded ? Ok(new { job_id = id, run_id = started.Value, accepted = true }, StatusCodes.Status202Accepted) : Error(started.Problem!);
    }

    private IResult SetActive(int id, bool active)
    {
        var result = actions.SetActive(id, active);
        return result.Succeeded ? Ok(new { id, status = active ? "Y" : "N" }) : Error(result.Problem!);
    }

    private async Task<IResult> Edit(int id, HttpContext context)
    {
        EditBody? body;
        try
        {
            body = await context.Request.ReadFromJsonAsync<EditBody>(Json, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return Error(new Problem(ProblemKind.BadInput, $"the body is not valid JSON: {e.Message}; send e.g. {{\"minute\": \"*/5\"}}"));
        }
        catch (InvalidOperationException)
        {
            return Error(new Problem(ProblemKind.BadInput, "send the edit as JSON with Content-Type: application/json"));
        }

        if (body is null)
        {
            return Error(new Problem(ProblemKind.BadInput, "the body is empty; send e.g. {\"minute\": \"*/5\"}"));
        }

        var result = actions.Edit(id, new JobEdit(body.MonthDay, body.WeekDay, body.Hour, body.Minute, body.Second, body.Parameters));
        if (result.Value is not { } job)
        {
            return Error(result.Problem!);
        }

        var next = job.IsActive ? services.Jobs.Next(id, 1).Value ?? [] : [];
        return Ok(JobJson(job, next.Count > 0 ? next[0] : null));
    }

    private IResult Runs(string? job, string? status, string? outcome, int? last)
    {
        int? jobId = null;
        if (!string.IsNullOrEmpty(job))
        {
            if (!int.TryParse(job, NumberStyles.None, CultureInfo.InvariantCulture, out var j))
            {
                return Error(new Problem(ProblemKind.BadInput, $"job = '{job}' is not a job id; write e.g. ?job=0"));
            }

            jobId = j;
        }

        RunOutcome? wanted = null;
        if ((status ?? outcome) is { Length: > 0 } name)
        {
            wanted = RunOutcomes.Parse(name, out var error);
            if (wanted is null)
            {
                return Error(new Problem(ProblemKind.BadInput, error!));
            }
        }

        var runs = services.Store.History(new HistoryQuery(jobId, wanted, Math.Clamp(last ?? 50, 1, 1000)));
        return Ok(new { runs = runs.Select(RunJson).ToList() });
    }

    private IResult Run(long runId) =>
        services.Store.Find(runId) is { } run ? Ok(RunJson(run)) : Error(new Problem(ProblemKind.NoSuchJob, $"no run has id {runId}; GET /api/runs lists them"));

    private IResult Log(long runId)
    {
        if (services.Store.Find(runId) is not { } run)
        {
            return Error(new Problem(ProblemKind.NoSuchJob, $"no run has id {runId}; GET /api/runs lists them"));
        }

        if (!logs.Exists(run))
        {
            return Error(new Problem(ProblemKind.NoSuchJob, $"run {runId} has no log{(run.Message is null ? string.Empty : $" ({run.Message})")}; it may have been removed by retention ([LOG] keep_days, keep_runs)"));
        }

        return Results.Text(logs.Read(run, 0, toEnd: true).Text, "text/plain; charset=utf-8");
    }

    private IResult Status()
    {
        var snapshot = services.Status.Snapshot();
        var lateness = Lateness.Of(services.Store.History(new HistoryQuery(null, null, 1000)));
        var listing = services.Jobs.List(JobFilter.All).Value;
        var fileErrors = services.Jobs.ReadSchedule().Value?.Errors.Where(e => e.IsError).Select(e => e.ToString()) ?? [];
        return Ok(new
        {
            since = snapshot.Since,
            uptime_s = (long)snapshot.Uptime.TotalSeconds,
            fires = snapshot.Fires,
            misfire_runs = snapshot.MisfireRuns,
            skipped = snapshot.Skipped,
            reloaded_at = snapshot.ReloadedAt,
            jobs = snapshot.JobCount,
            running = services.Store.Unfinished().Count,
            lateness_ms = new
            {
                runs = lateness.Count,
                p50 = lateness.P50.TotalMilliseconds,
                p90 = lateness.P90.TotalMilliseconds,
                p99 = lateness.P99.TotalMilliseconds,
                max = lateness.Max.TotalMilliseconds,
            },
            errors = snapshot.RejectedErrors.Concat(snapshot.ConfigErrors).Select(e => e.ToString()).Concat(fileErrors).Distinct().ToList(),
            next_fires = (listing?.Jobs ?? []).Where(j => j.Next is not null).OrderBy(j => j.Next).Take(10)
                .Select(j => new { job_id = j.Job.Id, name = j.Job.Name, next = j.Next }).ToList(),
        });
    }

    /// <summary>The body of an edit: the fields to change (absent ones stay).</summary>
    private sealed record EditBody(string? MonthDay, string? WeekDay, string? Hour, string? Minute, string? Second, string? Parameters);
}
