using Runner.Core.Scheduling;

namespace Runner.Core.Tests.Scheduling;

/// <summary>
/// Next fire against the brute-force oracle, over random timings and start instants in
/// zones with and without daylight saving. Fixed seeds: a failure names the seed and repeats.
/// </summary>
public sealed class NextFirePropertyTests
{
    private static readonly string[] Zones =
        ["UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Chatham", "America/Santiago"];

    private static readonly Dictionary<(string, int), List<DateTime>> TransitionCache = [];

    [Theory]
    [InlineData(1, 2_500)]
    [InlineData(2, 2_500)]
    [InlineData(3, 2_500)]
    [InlineData(4, 2_500)]
    public void Next_fire_equals_the_brute_force_oracle(int seed, int samples)
    {
        var random = new Random(seed);
        for (var i = 0; i < samples; i++)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(Zones[random.Next(Zones.Length)]);
            var transitions = Transitions(zone, random.Next(2000, 2036));
            var (timing, from) = random.Next(5) < 3 && transitions.Count > 0
                ? NearTransition(random, zone, transitions[random.Next(transitions.Count)])
                : (RandomTiming(random), RandomInstant(random));
            var limit = from.AddDays(400);

            var expected = BruteForceFires.After(timing, from, zone, limit);
            var actual = timing.NextAfter(from, zone);

            if (expected is null)
            {
                Assert.True(actual is null || actual >= limit, $"seed {seed} sample {i}: {timing} in {zone.Id} from {from:O}: oracle none before {limit:O}, got {actual:O}");
            }
            else
            {
                Assert.True(
                    actual == expected && actual.Value.Offset == expected.Value.Offset,
                    $"seed {seed} sample {i}: {timing} in {zone.Id} from {from:O}: expected {expected:O}, got {actual:O}");
            }
        }
    }

    /// <summary>A start a little before or after a transition, and a timing aimed at the hours it moves.</summary>
    private static (Timing, DateTimeOffset) NearTransition(Random random, TimeZoneInfo zone, DateTime transition)
    {
        var from = new DateTimeOffset(transition).AddSeconds(random.Next(-3 * 3600, 2 * 3600));
        if (random.Next(2) == 0)
        {
            return (RandomTiming(random), from);
        }

        var localHour = (transition + zone.GetUtcOffset(transition.AddHours(-3))).Hour;
        var hour = random.Next(3) switch
        {
            0 => $"{localHour}",
            1 => $"{(localHour + 23) % 24}",
            _ => $"{localHour},{(localHour + 1) % 24}",
        };
        var minute = random.Next(2) == 0 ? $"{random.Next(60)}" : $"{random.Next(30)},{random.Next(30, 60)}";
        var second = random.Next(2) == 0 ? "0" : RandomField(random, TimeFieldKind.Second, everyChance: 0.3);
        return (Timing.Parse("*", random.Next(4) == 0 ? "1-5" : "*", hour, minute, second), from);
    }

    /// <summary>The UTC instants (on quarter hours) where the zone's offset changes in a year.</summary>
    private static List<DateTime> Transitions(TimeZoneInfo zone, int year)
    {
        lock (TransitionCache)
        {
            if (!TransitionCache.TryGetValue((zone.Id, year), out var found))
            {
                found = FindTransitions(zone, year);
                TransitionCache[(zone.Id, year)] = found;
            }

            return found;
        }
    }

    private static List<DateTime> FindTransitions(TimeZoneInfo zone, int year)
    {
        var found = new List<DateTime>();
        var t = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var before = zone.GetUtcOffset(t); t.Year == year; t = t.AddMinutes(15))
        {
            var offset = zone.GetUtcOffset(t);
            if (offset != before)
            {
                found.Add(t);
                before = offset;
            }
        }

        return found;
    }

    /// <summary>Anywhere in 2000-2035.</summary>
    private static DateTimeOffset RandomInstant(Random random) =>
        new(new DateTime(random.Next(2000, 2036), 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.NextDouble() * 365 * 86_400));

    private static Timing RandomTiming(Random random) => Timing.Parse(
        RandomField(random, TimeFieldKind.MonthDay, everyChance: 0.7),
        RandomField(random, TimeFieldKind.WeekDay, everyChance: 0.6),
        RandomField(random, TimeFieldKind.Hour, everyChance: 0.3),
        RandomField(random, TimeFieldKind.Minute, everyChance: 0.3),
        RandomField(random, TimeFieldKind.Second, everyChance: 0.3));

    private static string RandomField(Random random, TimeFieldKind kind, double everyChance)
    {
        if (random.NextDouble() < everyChance)
        {
            return random.Next(2) == 0 ? "*" : string.Empty;
        }

        var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomItem(random, kind.Min(), kind.Max()));
        return string.Join(',', items);
    }

    private static string RandomItem(Random random, int min, int max)
    {
        var a = random.Next(min, max + 1);
        var b = random.Next(a, max + 1);
        return random.Next(6) switch
        {
            0 => $"{a}-{b}",
            1 => $"*/{random.Next(1, 20)}",
            2 => $"{a}-{b}/{random.Next(1, 10)}",
            3 when max > 30 => $"/{random.Next(1, 30)}",
            _ => $"{a}",
        };
    }
}
