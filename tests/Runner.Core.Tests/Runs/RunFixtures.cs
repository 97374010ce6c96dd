using Runner.Core.Runs;

namespace Runner.Core.Tests.Runs;

/// <summary>The run the tables expand placeholders for, and the bracket form tables write argument lists in.</summary>
internal static class RunFixtures
{
    /// <summary>Job 7 "backup", trigger 2019-01-01 08:00 at +01:00, run 42 (the context docs/runs.md uses).</summary>
    public static RunContext Context { get; } = new(7, "backup", new DateTimeOffset(2019, 1, 1, 8, 0, 0, TimeSpan.FromHours(1)), 42);

    /// <summary>Each word in brackets, separated by spaces: <c>[a] [b c] []</c>; no words: the empty string.</summary>
    public static string Render(IEnumerable<string> words) => string.Join(' ', words.Select(w => $"[{w}]"));
}
