using BenchmarkDotNet.Attributes;
using Runner.Core.Scheduling;

namespace Runner.Benchmarks;

/// <summary>The cost of one next-fire computation, by kind of timing and zone.</summary>
[MemoryDiagnoser]
public class NextFireBenchmarks
{
    private static readonly DateTimeOffset From = new(2024, 3, 5, 13, 47, 12, TimeSpan.Zero);
    private readonly TimeZoneInfo _newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly Timing _daily = Timing.Parse("*", "*", "8", "0", "0");
    private readonly Timing _everySecond = Timing.EverySecond;
    private readonly Timing _fridayThe13th = Timing.Parse("13", "5", "0", "0", "0");

    [Benchmark(Baseline = true)]
    public DateTimeOffset? DailyUtc() => _daily.NextAfter(From, TimeZoneInfo.Utc);

    [Benchmark]
    public DateTimeOffset? DailyNewYork() => _daily.NextAfter(From, _newYork);

    [Benchmark]
    public DateTimeOffset? EverySecondNewYork() => _everySecond.NextAfter(From, _newYork);

    [Benchmark]
    public DateTimeOffset? FridayThe13thNewYork() => _fridayThe13th.NextAfter(From, _newYork);
}
