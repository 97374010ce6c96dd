using Microsoft.Extensions.Time.Testing;
using Runner.Core.Diagnostics;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Status;
using Runner.Engine.Tests.Support;

namespace Runner.Engine.Tests.Status;

/// <summary>The scheduler's counters, kept from its journal and passed on to the inner journal.</summary>
public sealed class SchedulerStatusTests
{
    [Fact]
    public void Counts_fires_and_skips_and_keeps_the_errors_of_the_last_rejected_schedule_until_a_valid_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var inner = new RecordingJournal();
        var status = new SchedulerStatus(inner, clock);
        var job = TestJobs.EverySecond(0);
        var error = new Diagnostic("schedule.tsv", 3, 5, "minute 61 is out of range; allowed: 0-59");

        status.Record(new Reloaded(1, 1, 0, 0, true));
        status.Record(new Fired(job, clock.GetUtcNow(), TimeSpan.Zero));
        status.Record(new Fired(job, clock.GetUtcNow(), TimeSpan.Zero));
        status.Record(new Skipped(job, clock.GetUtcNow(), SkipReason.Overlap));
        status.Record(new ScheduleRejected([error]));
        clock.Advance(TimeSpan.FromMinutes(2));
        var rejected = status.Snapshot();
        status.Record(new Reloaded(1, 0, 1, 0, false));
        var reloaded = status.Snapshot();

        Assert.Equal((2L, 1L, 1, TimeSpan.FromMinutes(2)), (rejected.Fires, rejected.Skipped, rejected.JobCount, rejected.Uptime));
        Assert.Equal([error], rejected.RejectedErrors);
        Assert.Empty(reloaded.RejectedErrors);
        Assert.Equal(6, inner.Events.Count);
    }

    [Fact]
    public void Keeps_the_errors_of_the_jobs_not_planned_for_an_invalid_configuration_until_they_are_fixed()
    {
        var status = new SchedulerStatus(new RecordingJournal(), new FakeTimeProvider());
        var error = new Diagnostic("jobs/4/config.ini", 2, 11, "[JOB] timeout = 'soon' is not a number of seconds");
        var broken = Resolution.Of(TestJobs.EverySecond(4)) with { Settings = null, Problems = [error] };

        status.Record(new JobsNotPlanned([broken], [], [broken]));
        var invalid = status.Snapshot();
        status.Record(new JobsNotPlanned([], [broken.Row], []));

        Assert.Equal([error], invalid.ConfigErrors);
        Assert.Empty(status.Snapshot().ConfigErrors);
    }
}
