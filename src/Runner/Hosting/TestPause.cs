using System.Globalization;
using Runner.Engine.Ports;
using Runner.Infrastructure.Files;

namespace Runner.Hosting;

/// <summary>
/// A test hook: with <c>RUNNER_TEST_PAUSE_AT</c> naming a checkpoint of the loop
/// (<c>before-claim</c>, <c>after-claim</c>), the scheduler writes the fires it is at to
/// <c>logs/paused-at-CHECKPOINT</c> (<c>JOB_ID INSTANT</c> lines) and stops there for good, so a
/// test can kill it at exactly that point. Unset (always, outside tests): no hook.
/// </summary>
internal static class TestPause
{
    public const string Variable = "RUNNER_TEST_PAUSE_AT";

    public static Action<string, IReadOnlyList<FireClaim>>? FromEnvironment(string logs)
    {
        var at = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(at))
        {
            return null;
        }

        return (checkpoint, claims) =>
        {
            if (!string.Equals(checkpoint, at.Trim(), StringComparison.Ordinal))
            {
                return;
            }

            var lines = claims.Select(c => $"{c.JobId.ToString(CultureInfo.InvariantCulture)} {c.Scheduled.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\n");
            AtomicFile.WriteText(Path.Combine(logs, "paused-at-" + checkpoint), string.Concat(lines));
            Thread.Sleep(Timeout.Infinite);
        };
    }
}
