using Microsoft.Extensions.Time.Testing;
using Runner.Core.Runs;
using Runner.Engine.Runs;
using Runner.Engine.Tests.Support;
using Runner.Testing.Stores;
using static Runner.Testing.Contracts.RunRecords;

namespace Runner.Engine.Tests.Runs;

/// <summary>Retention: [LOG] keep_days and keep_runs as they are at each apply, against the clock's now; running runs are left alone.</summary>
public sealed class RetentionTests
{
    private readonly MemoryRunStore _store = new();
    private readonly MemoryRunLogs _logs = new();
    private readonly IniSettings _settings = new();
    private readonly FakeTimeProvider _time = new(Base);
    private readonly Retention _retention;

    public RetentionTests() => _retention = new Retention(_store, _logs, _settings, _time);

    [Fact]
    public void The_defaults_keep_30_days_and_100_runs_per_job()
    {
        _store.Record(Ended(2, 0, logPath: "/2/old.log"));
        for (var minute = 120; minute < 222; minute++)
        {
            _store.Record(Ended(1, minute, logPath: $"/1/{minute}.log"));
        }

        _time.SetUtcNow(Base.AddDays(30).AddHours(1));

        Assert.Equal(3, _retention.Apply());
        Assert.Equal(["/1/120.log", "/1/121.log", "/2/old.log"], _logs.Deleted.Order(StringComparer.Ordinal));
        Assert.Equal(100, _store.History(new(JobId: 1, Last: 1000)).Count);
        Assert.Empty(_store.History(new(JobId: 2)));
    }

    [Fact]
    public void Keep_days_deletes_what_started_that_many_days_before_now()
    {
        _settings.Text = "[LOG]\nkeep_days = 2\nkeep_runs = 0\n";
        foreach (var minute in new[] { 0, 20, 40, 60 })
        {
            _store.Record(Ended(1, minute, logPath: $"/{minute}.log"));
        }

        _time.SetUtcNow(Base.AddDays(2).AddMinutes(30));
        Assert.Equal(2, _retention.Apply());
        Assert.Equal(["/0.log", "/20.log"], _logs.Deleted.Order(StringComparer.Ordinal));

        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, _retention.Apply());
        Assert.Equal("/40.log", _logs.Deleted[^1]);
        Assert.Equal([60], Minutes());
    }

    [Fact]
    public void Keep_runs_keeps_the_newest_of_each_job_whatever_their_age()
    {
        _settings.Text = "[LOG]\nkeep_days = 0\nkeep_runs = 2\n";
        for (var minute = 0; minute < 6; minute++)
        {
            _store.Record(Ended(minute % 2, minute, logPath: $"/{minute}.log"));
        }

        _time.SetUtcNow(Base.AddYears(5));

        Assert.Equal(2, _retention.Apply());
        Assert.Equal(["/0.log", "/1.log"], _logs.Deleted.Order(StringComparer.Ordinal));
        Assert.Equal([5, 4, 3, 2], Minutes());
    }

    [Fact]
    public void Zero_for_both_keeps_everything()
    {
        _settings.Text = "[LOG]\nkeep_days = 0\nkeep_runs = 0\n";
        _store.Record(Ended(1, 0, logPath: "/0.log"));
        _time.SetUtcNow(Base.AddYears(5));

        Assert.Equal(0, _retention.Apply());
        Assert.Empty(_logs.Deleted);
        Assert.Single(_store.History(new()));
    }

    [Fact]
    public void A_running_run_and_its_log_are_never_touched()
    {
        _settings.Text = "[LOG]\nkeep_days = 1\nkeep_runs = 1\n";
        var running = _store.Begin(Running(1, 0, "/running.log"));
        _store.Record(Ended(1, 1, logPath: "/1.log"));
        _time.SetUtcNow(Base.AddDays(3));

        Assert.Equal(1, _retention.Apply());
        Assert.Equal(["/1.log"], _logs.Deleted);
        Assert.Equal([running], _store.Unfinished());
    }

    [Fact]
    public void Invalid_log_settings_prune_nothing()
    {
        _settings.Text = "[LOG]\nkeep_days = soon\nkeep_runs = 1\n";
        _store.Record(Ended(1, 0, logPath: "/0.log"));
        _store.Record(Ended(1, 1, logPath: "/1.log"));
        _time.SetUtcNow(Base.AddYears(1));

        Assert.Equal(0, _retention.Apply());
        Assert.Empty(_logs.Deleted);
        Assert.Equal(2, _store.History(new()).Count);
    }

    [Fact]
    public void The_limits_in_force_are_read_at_each_apply()
    {
        _settings.Text = "[LOG]\nkeep_days = 0\nkeep_runs = 3\n";
        for (var minute = 0; minute < 4; minute++)
        {
            _store.Record(Ended(1, minute, logPath: $"/{minute}.log"));
        }

        Assert.Equal(1, _retention.Apply());
        _settings.Text = "[LOG]\nkeep_days = 0\nkeep_runs = 1\n";

        Assert.Equal(2, _retention.Apply());
        Assert.Equal([3], Minutes());
    }

    private int[] Minutes() =>
        [.. _store.History(new(Last: 1000)).Where(r => r.Outcome != RunOutcome.Running).Select(r => (int)(r.Started - Base).TotalMinutes)];
}
