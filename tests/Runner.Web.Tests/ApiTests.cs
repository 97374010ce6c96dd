using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Runner.Tests.Support;
using Runner.Web.Tests.Support;

namespace Runner.Web.Tests;

/// <summary>The REST API with a bearer token: the same abilities as the GUI, answered in JSON.</summary>
[Collection(WebGroup.Name)]
public sealed class ApiTests : IDisposable
{
    private readonly WebScheduler _web;
    private readonly HttpClient _api;

    public ApiTests(WebFixture fixture)
    {
        _web = fixture.Scheduler;
        _api = _web.Client();
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebScheduler.Token);
    }

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Jobs_lists_the_example_jobs_with_schedule_and_next_fire()
    {
        using var json = JsonDocument.Parse(await _api.GetStringAsync("/api/jobs"));
        var jobs = json.RootElement.GetProperty("jobs").EnumerateArray().ToList();
        var hello = jobs.Single(j => j.GetProperty("id").GetInt32() == 0);

        Assert.Equal(["hello", "report", "disk", "flaky", "csharp", "slow", WebScheduler.ScriptName], jobs.Select(j => j.GetProperty("name").GetString()));
        Assert.Equal("*/5", hello.GetProperty("second").GetString());
        Assert.Equal("every 5 seconds", hello.GetProperty("schedule").GetString());
        Assert.Equal(JsonValueKind.String, hello.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Run_starts_the_job_through_the_scheduler_and_its_log_is_read_by_run_id()
    {
        using var started = await _api.PostAsync($"/api/jobs/{WebScheduler.SlowJob}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("run_id").GetInt64();

        await Poll.UntilAsync(() => Status(runId) == "DONE", $"run {runId} to end DONE");
        var run = await _api.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
        var log = await _api.GetStringAsync($"/api/runs/{runId}/log");

        Assert.Equal(JsonValueKind.Null, run.GetProperty("scheduled").ValueKind);
        Assert.Equal(0, run.GetProperty("exit_code").GetInt32());
        Assert.Contains("|INFO|step 6 of 6", log, StringComparison.Ordinal);
        Assert.Contains("JOB FINISHED.", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_filter_by_job_and_status()
    {
        await Poll.UntilAsync(() => Runs("/api/runs?job=0&status=DONE").Count > 0, "a DONE run of job 0");

        var done = Runs("/api/runs?job=0&status=done&last=5");
        using var bad = await _api.GetAsync("/api/runs?status=GREAT");

        Assert.InRange(done.Count, 1, 5);
        Assert.All(done, r => Assert.Equal((0, "DONE"), (r.GetProperty("job_id").GetInt32(), r.GetProperty("status").GetString())));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("DONE", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_and_enable_write_status_to_schedule_tsv()
    {
        using var disabled = await _api.PostAsync("/api/jobs/3/disable", null);
        var off = Row(3)[^1];
        using var enabled = await _api.PostAsync("/api/jobs/3/enable", null);
        var on = Row(3)[^1];
        using var missing = await _api.PostAsync("/api/jobs/77/enable", null);

        Assert.Equal((HttpStatusCode.OK, "N"), (disabled.StatusCode, off));
        Assert.Equal((HttpStatusCode.OK, "Y"), (enabled.StatusCode, on));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no job has id 77", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_is_validated_by_the_core_and_written_in_place()
    {
        var before = _web.Home.Read("schedule.tsv");
        using var invalid = await _api.PatchAsJsonAsync("/api/jobs/4", new { minute = "61" });
        var unchanged = _web.Home.Read("schedule.tsv");
        using var valid = await _api.PatchAsJsonAsync("/api/jobs/4", new { minute = "45", parameters = "--fast" });
        var row = Row(4);
        using var restore = await _api.PatchAsJsonAsync("/api/jobs/4", new { minute = "30", parameters = string.Empty });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("minute 61 is out of range; allowed: 0-59", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(("45", "--fast"), (row[8], row[10]));
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        Assert.Equal(before, _web.Home.Read("schedule.tsv"));
    }

    [Fact]
    public async Task Status_reports_uptime_fires_and_lateness()
    {
        await Poll.UntilAsync(() => _api.GetFromJsonAsync<JsonElement>("/api/status").Result.GetProperty("fires").GetInt64() > 0, "a first fire");
        var status = await _api.GetFromJsonAsync<JsonElement>("/api/status");

        Assert.True(status.GetProperty("uptime_s").GetInt64() >= 0);
        Assert.True(status.GetProperty("lateness_ms").GetProperty("runs").GetInt32() >= 0);
        Assert.Equal(JsonValueKind.Array, status.GetProperty("errors").ValueKind);
        Assert.NotEmpty(status.GetProperty("next_fires").EnumerateArray());
    }

    private string[] Row(int id) =>
        _web.Home.Read("schedule.tsv").Split('\n').Select(l => l.Split('\t')).Single(c => c[0] == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private string? Status(long runId) => _api.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}").Result.GetProperty("status").GetString();

    private List<JsonElement> Runs(string path) => [.. _api.GetFromJsonAsync<JsonElement>(path).Result.GetProperty("runs").EnumerateArray()];
}
