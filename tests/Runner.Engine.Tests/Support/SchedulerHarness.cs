using Runner.Core.Schedules;
using Runner.Engine.Ports;
using Runner.Engine.Scheduling;
using Runner.Testing.Stores;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// A scheduler on a fake clock with in-memory ports. Tests move time with <see cref="AdvanceAsync"/>:
/// each step advances the fake clock (its timers fire on the way) and then waits for
/// <see cref="Scheduler.WhenIdle"/>, so when a step returns the loop has handled everything due
/// at the new time and sleeps again. No real sleeps anywhere.
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    /// <summary>A safety net against a loop that never parks again (a bug): fail instead of hanging.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private Task? _run;

    public SchedulerHarness(DateTimeOffset start, MisfireRule? rule = null, TimeZoneInfo? zone = null)
    {
        Clock = new SteppableClock(start);
        Rules = new FixedMisfireRules(rule ?? MisfireRule.Default);
        Zone = zone ?? TimeZoneInfo.Utc;
        Scheduler = new Scheduler(Ledger, Dispatcher, Journal, Zone, Clock);
    }

    public SteppableClock Clock { get; }

    public TimeZoneInfo Zone { get; }

    public MemoryFireLedger Ledger { get; } = new();

    public RecordingDispatcher Dispatcher { get; } = new();

    public RecordingJournal Journal { get; } = new();

    public FixedMisfireRules Rules { get; }

    public Scheduler Scheduler { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Hands the first schedule to the loop, starts it and waits until it sleeps.</summary>
    public async Task StartAsync(Schedule schedule)
    {
        Scheduler.Apply(Resolution.Of(schedule, Rules, Zone));
        _run = Task.Run(() => Scheduler.RunAsync(_stop.Token));
        await IdleAsync();
    }

    /// <summary>Advances the clock <paramref name="times"/> times by <paramref name="step"/>, waiting for the loop after each.</summary>
    public async Task AdvanceAsync(TimeSpan step, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Clock.Advance(step);
            await IdleAsync();
        }
    }

    /// <summary>Advances in steps of <paramref name="step"/> until the wall clock reads <paramref name="until"/> or later.</summary>
    public async Task AdvanceUntilAsync(DateTimeOffset until, TimeSpan step)
    {
        while (Now < until)
        {
            await AdvanceAsync(step < until - Now ? step : until - Now);
        }
    }

    /// <summary>Applies a schedule and waits until the loop took it.</summary>
    public async Task ReloadAsync(Schedule schedule)
    {
        Scheduler.Apply(Resolution.Of(schedule, Rules, Zone));
        await IdleAsync();
    }

    /// <summary>Steps the wall clock (not the monotonic one), then lets one second of monotonic time pass so the loop wakes and sees it.</summary>
    public async Task StepWallClockAsync(TimeSpan delta)
    {
        Clock.StepWallClock(delta);
        await AdvanceAsync(TimeSpan.FromSeconds(1));
    }

    /// <summary>Cancels the loop and waits for it to return.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run.WaitAsync(Hang);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task IdleAsync()
    {
        var idle = Scheduler.WhenIdle();
        if (!idle.IsCompleted)
        {
            await idle.WaitAsync(Hang);
        }

        if (_run is { IsFaulted: true })
        {
            await _run;
        }
    }
}
