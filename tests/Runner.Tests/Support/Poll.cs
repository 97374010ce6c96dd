using System.Diagnostics;

namespace Runner.Tests.Support;

/// <summary>Waits on a condition (a file appearing, a status changing), checking every 50 ms, failing after a deadline.</summary>
internal static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static void Until(Func<bool> condition, string what, int seconds = 20) =>
        UntilAsync(condition, what, seconds).GetAwaiter().GetResult();

    public static async Task UntilAsync(Func<bool> condition, string what, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), $"timed out after {seconds} s waiting for: {what}");
            await Task.Delay(Interval);
        }
    }
}
