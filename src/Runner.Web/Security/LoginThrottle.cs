using System.Collections.Concurrent;

namespace Runner.Web.Security;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> failed logins or bearer tokens from
/// one client address within <see cref="Window"/>, that address is refused (HTTP 429) until
/// <see cref="Window"/> has passed since its last failure, even with the right secret.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Failures> _byClient = new(StringComparer.Ordinal);

    /// <summary>How long the client must still wait, or null when it may try.</summary>
    public TimeSpan? Blocked(string client)
    {
        if (!_byClient.TryGetValue(client, out var failures))
        {
            return null;
        }

        var wait = failures.Last + Window - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            _byClient.TryRemove(client, out _);
            return null;
        }

        return failures.Count >= MaxFailures ? wait : null;
    }

    public void Failed(string client)
    {
        var now = time.GetUtcNow();
        _byClient.AddOrUpdate(client, _ => new Failures(1, now), (_, f) => new Failures(now - f.Last > Window ? 1 : f.Count + 1, now));
    }

    public void Succeeded(string client) => _byClient.TryRemove(client, out _);

    private sealed record Failures(int Count, DateTimeOffset Last);
}
