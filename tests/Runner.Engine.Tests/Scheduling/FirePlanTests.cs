using Runner.Core.Schedules;
using Runner.Core.Scheduling;
using Runner.Engine.Scheduling;
using Runner.Engine.Scheduling.Events;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.TestJobs;

namespace Runner.Engine.Tests.Scheduling;

/// <summary>The plan of next fires: one next-fire computation per job, cursors kept across reloads.</summary>
public sealed class FirePlanTests
{
    private static readonly DateTimeOffset Now = At("2024-05-01T10:00:00.500Z");

    [Fact]
    public void Planning_100000_jobs_plans_each_once()
    {
        var plan = new FirePlan(TimeZoneInfo.Utc);

        var change = plan.Replace(LargeSchedule(100_000).Resolved(), Now);

        Assert.Equal(new PlanChange(100_000, 100_000, 0, 0), change);
        Assert.Equal(100_000, plan.Count);
        Assert.Equal(At("2024-05-01T10:00:01Z"), plan.Earliest);
        Assert.Equal(At("2024-05-01T10:59:59Z"), plan.NextOf(3_599)); // minute 59, second 59
    }

    [Fact]
    public void Replanning_100000_unchanged_jobs_keeps_every_cursor()
    {
        var plan = new FirePlan(TimeZoneInfo.Utc);
        plan.Replace(LargeSchedule(100_000).Resolved(), Now);
        var before = Enumerable.Range(0, 100_000).Select(plan.NextOf).ToList();

        var change = plan.Replace(LargeSchedule(100_000).Resolved(), Now.AddMinutes(30));

        Assert.Equal(new PlanChange(100_000, 0, 0, 0), change);
        Assert.Equal(before, Enumerable.Range(0, 100_000).Select(plan.NextOf));
    }

    [Fact]
    public void A_due_cursor_stays_due_across_a_reload_and_a_retimed_job_starts_after_now()
    {
        var plan = new FirePlan(TimeZoneInfo.Utc);
        plan.Replace(Schedule(EverySecond(1), EverySecond(2)).Resolved(), Now);

        var later = Now.AddSeconds(4);
        plan.Replace(Schedule(EverySecond(1), Job(2, second: "/10")).Resolved(), later);

        Assert.Equal(At("2024-05-01T10:00:01Z"), plan.NextOf(1));
        Assert.Equal(At("2024-05-01T10:00:10Z"), plan.NextOf(2));
        Assert.True(plan.TryTakeDue(later, out var job, out var at));
        Assert.Equal((1, At("2024-05-01T10:00:01Z")), (job.Id, at));
    }

    [Fact]
    public void Removing_most_jobs_leaves_only_the_rest_due()
    {
        var plan = new FirePlan(TimeZoneInfo.Utc);
        plan.Replace(LargeSchedule(10_000).Resolved(), Now);

        var change = plan.Replace(new Schedule(LargeSchedule(10_000).Jobs.Where(j => j.Id % 1000 == 7)).Resolved(), Now);

        Assert.Equal(new PlanChange(10, 0, 0, 9_990), change);
        var due = new List<int>();
        while (plan.TryTakeDue(Now.AddHours(2), out var job, out _))
        {
            due.Add(job.Id);
            plan.MoveCursor(job.Id, null);
        }

        Assert.Equal(Enumerable.Range(0, 10).Select(i => (i * 1000) + 7).Order(), due.Order());
    }

    [Fact]
    public void Due_jobs_come_earliest_first_then_by_id()
    {
        var plan = new FirePlan(TimeZoneInfo.Utc);
        plan.Replace(Schedule(Job(3, second: "5"), Job(1, second: "5"), Job(2, second: "2"), Job(4, second: "9")).Resolved(), Now);

        var taken = new List<(int, DateTimeOffset)>();
        while (plan.TryTakeDue(At("2024-05-01T10:00:06Z"), out var job, out var at))
        {
            taken.Add((job.Id, at));
            plan.MoveCursor(job.Id, job.Row.Timing.NextAfter(at, plan.Zone));
        }

        Assert.Equal([(2, At("2024-05-01T10:00:02Z")), (1, At("2024-05-01T10:00:05Z")), (3, At("2024-05-01T10:00:05Z"))], taken);
        Assert.Equal(At("2024-05-01T10:00:09Z"), plan.Earliest);
    }

    [Fact]
    public void Inactive_jobs_and_repeated_ids_are_not_planned_twice()
    {
        var plan = new FirePlan(TimeZoneInfo.Utc);

        var change = plan.Replace(Schedule(Job(1, second: "5"), Job(1, second: "7"), Job(2, active: false)).Resolved(), Now);

        Assert.Equal(new PlanChange(1, 1, 0, 0), change);
        Assert.Equal(At("2024-05-01T10:00:05Z"), plan.NextOf(1));
        Assert.Null(plan.NextOf(2));
    }

    [Fact]
    public async Task The_scheduler_plans_100000_jobs_and_fires_the_due_ones()
    {
        await using var harness = new SchedulerHarness(Now);
        await harness.StartAsync(LargeSchedule(100_000));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));

        var loaded = Assert.Single(harness.Journal.Of<Reloaded>());
        Assert.Equal(100_000, loaded.JobCount);
        Assert.Equal(100_000 / 3600 + 1, harness.Dispatcher.Fires.Count); // minute 0, second 1: one id in 3,600
    }

    /// <summary>Job i fires hourly at minute (i / 60) % 60, second i % 60: 3,600 timings shared by 100,000 rows.</summary>
    private static Schedule LargeSchedule(int count)
    {
        var timings = new Timing[3600];
        for (var i = 0; i < timings.Length; i++)
        {
            timings[i] = Timing.Parse("*", "*", "*", (i / 60).ToString(System.Globalization.CultureInfo.InvariantCulture), (i % 60).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new Schedule(Enumerable.Range(0, count).Select(i => With(i, timings[i % 3600])));
    }
}
