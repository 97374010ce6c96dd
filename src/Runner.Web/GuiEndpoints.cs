using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Runner.Core.Configuration;
using Runner.Core.Runs;
using Runner.Engine.Jobs;
using Runner.Engine.Ports;
using Runner.Engine.Status;
using Runner.Web.Pages;
using Runner.Web.Security;

namespace Runner.Web;

/// <summary>The server-rendered pages: jobs, a job, runs, a run's log (live), status, settings; and the forms' actions.</summary>
internal sealed class GuiEndpoints(WebServices services, JobActions actions, RunLogReader logs, CancellationToken stopping)
{
    private static readonly TimeSpan FollowInterval = TimeSpan.FromMilliseconds(200);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", Jobs);
        app.MapGet("/jobs/{id:int}", (HttpContext c, int id, string? saved) => Job(c, id, null, [], saved is not null, StatusCodes.Status200OK));
        app.MapPost("/jobs/{id:int}/run", RunNow);
        app.MapPost("/jobs/{id:int}/enable", (HttpContext c, int id) => SetActive(c, id, true));
        app.MapPost("/jobs/{id:int}/disable", (HttpContext c, int id) => SetActive(c, id, false));
        app.MapPost("/jobs/{id:int}/edit", Edit);
        app.MapGet("/runs", Runs);
        app.MapGet("/runs/{runId:long}", Log);
        app.MapGet("/runs/{runId:long}/stream", Follow);
        app.MapGet("/status", Status);
        app.MapGet("/settings", Settings);
    }

    private static IResult Page(HttpContext context, string title, string body, int status = StatusCodes.Status200OK, string? schedulerName = null) =>
        Results.Content(Html.Page(title, schedulerName ?? "scheduler", Gate.SessionOf(context)?.AntiForgery, body), "text/html; charset=utf-8", null, status);

    private static int StatusOf(Problem problem) => problem.Kind switch
    {
        ProblemKind.NoSuchJob => StatusCodes.Status404NotFound,
        ProblemKind.BadInput => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };

    private string Name => services.Settings.Load().Config.Get(SectionNames.Scheduler, "name")?.Value ?? "scheduler";

    private TimeZoneInfo Zone => services.Settings.Load().Zone;

    private IResult Jobs(HttpContext context) => JobsWith(context, [], StatusCodes.Status200OK);

    private IResult JobsWith(HttpContext context, IEnumerable<string> notices, int status)
    {
        var listing = services.Jobs.List(JobFilter.All);
        if (listing.Value is not { } jobs)
        {
            return Page(context, "Jobs", Html.Errors(listing.Problem!.Messages), StatusOf(listing.Problem!), Name);
        }

        var body = JobsPage.Body(jobs, id => services.Store.History(new HistoryQuery(id, null, 1)) is [var last, ..] ? last : null, Gate.SessionOf(context)!.AntiForgery, notices);
        return Page(context, "Jobs", body, status, Name);
    }

    private IResult Job(HttpContext context, int id, IReadOnlyDictionary<string, string>? form, IReadOnlyList<string> errors, bool saved, int status)
    {
        var found = services.Jobs.FindJob(id);
        if (found.Value is not { } job)
        {
            return JobsWith(context, found.Problem!.Messages, StatusOf(found.Problem!));
        }

        var next = job.IsActive ? services.Jobs.Next(id, 5).Value ?? [] : [];
        var runs = services.Store.History(new HistoryQuery(id, null, 50));
        var body = JobPage.Body(job, next, runs, Zone, Gate.SessionOf(context)!.AntiForgery, form, errors, saved);
        return Page(context, $"Job {job.Name} (#{job.Id})", body, status, Name);
    }

    private IResult RunNow(HttpContext context, int id)
    {
        var started = actions.RunNow(id);
        if (!started.Succeeded)
        {
            return JobsWith(context, started.Problem!.Messages, StatusOf(started.Problem!));
        }

        return Results.Redirect($"/runs/{started.Value.ToString(CultureInfo.InvariantCulture)}");
    }

    private IResult SetActive(HttpContext context, int id, bool active)
    {
        var result = actions.SetActive(id, active);
        return result.Succeeded ? Results.Redirect("/") : JobsWith(context, result.Problem!.Messages, StatusOf(result.Problem!));
    }

    private async Task<IResult> Edit(HttpContext context, int id)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in new[] { "month_day", "week_day", "hour", "minute", "second", "parameters" })
        {
            values[field] = form[field].ToString();
        }

        var edit = new JobEdit(values["month_day"], values["week_day"], values["hour"], values["minute"], values["second"], values["parameters"]);
        var result = actions.Edit(id, edit);
        if (result.Succeeded)
        {
            return Results.Redirect($"/jobs/{id.ToString(CultureInfo.InvariantCulture)}?saved=1");
        }

        return result.Problem!.Kind == ProblemKind.NoSuchJob
            ? JobsWith(context, result.Problem.Messages, StatusCodes.Status404NotFound)
            : Job(context, id, values, result.Problem.Messages, false, StatusOf(result.Problem));
    }

    private IResult Runs(HttpContext context, string? job, string? outcome)
    {
        int? jobId = int.TryParse(job, NumberStyles.None, CultureInfo.InvariantCulture, out var j) ? j : null;
        RunOutcome? wanted = string.IsNullOrWhiteSpace(outcome) ? null : RunOutcomes.Parse(outcome, out _);
        var runs = services.Store.History(new HistoryQuery(jobId, wanted, 200));
        return Page(context, "Runs", RunsPage.Body(runs, services.Jobs.List(JobFilter.All).Value, jobId, wanted, Zone), StatusCodes.Status200OK, Name);
    }

    private IResult Log(HttpContext context, long runId)
    {
        if (services.Store.Find(runId) is not { } run)
        {
            return Page(context, "Run not found", Html.Errors([$"no run has id {runId}; the Runs page lists them"]), StatusCodes.Status404NotFound, Name);
        }

        var (text, next) = logs.Read(run, 0, toEnd: run.Outcome != RunOutcome.Running);
        if (!logs.Exists(run))
        {
            text = run.Message is null ? "(no log: it may have been removed by retention, [LOG] keep_days and keep_runs)" : $"(no log: {run.Message})";
        }

        return Page(context, $"Run {runId} of {run.JobName} (#{run.JobId})", LogPage.Body(run, text, next, Zone), StatusCodes.Status200OK, Name);
    }

    /// <summary>Server-sent events: each new log line as a message, then an <c>end</c> event with the outcome.</summary>
    private async Task Follow(HttpContext context, long runId, long? from)
    {
        if (services.Store.Find(runId) is not { } run)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = linked.Token;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var offset = Math.Max(0, from ?? 0);
        try
        {
            while (!token.IsCancellationRequested)
            {
                var current = services.Store.Find(runId) ?? run;
                var ended = current.Outcome != RunOutcome.Running;
                (var text, offset) = logs.Read(current, offset, toEnd: ended);
                foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    await context.Response.WriteAsync($"data: {line.TrimEnd('\r')}\n\n", token).ConfigureAwait(false);
                }

                if (ended)
                {
                    await context.Response.WriteAsync($"event: end\ndata: {current.Outcome.DisplayName()}\n\n", token).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(token).ConfigureAwait(false);
                    return;
                }

                await context.Response.Body.FlushAsync(token).ConfigureAwait(false);
                await Task.Delay(FollowInterval, services.Time, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left, or the scheduler stops: the stream simply ends.
        }
    }

    private IResult Status(HttpContext context)
    {
        var recent = services.Store.History(new HistoryQuery(null, null, 1000));
        var read = services.Jobs.ReadSchedule();
        var body = StatusPage.Body(
            services.Status.Snapshot(), Lateness.Of(recent), services.Store.Unfinished().Count, services.Jobs.List(JobFilter.All).Value,
            read.Value?.Errors.Where(e => e.IsError).ToList() ?? [], Zone);
        return Page(context, "Scheduler status", body, StatusCodes.Status200OK, Name);
    }

    private IResult Settings(HttpContext context) =>
        Page(context, "Settings", SettingsPage.Body(SettingsPage.Rows(services.Settings.Load().Config)), StatusCodes.Status200OK, Name);
}
