using Microsoft.Extensions.Time.Testing;

namespace Runner.Engine.Tests.Support;

/// <summary>
/// A fake clock whose wall clock (<see cref="GetUtcNow"/>) can jump while its monotonic clock
/// (timestamps and timers) does not, as when an operator or NTP steps the system clock.
/// <see cref="FakeTimeProvider.Advance"/> moves both.
/// </summary>
public sealed class SteppableClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private long _stepTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _stepTicks));

    public override long GetTimestamp() => base.GetUtcNow().Ticks;

    /// <summary>Moves the wall clock only; timers keep their monotonic due times.</summary>
    public void StepWallClock(TimeSpan delta) => Interlocked.Add(ref _stepTicks, delta.Ticks);
}
