using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Runner.Web.Security;

/// <summary>
/// Logged-in browser sessions, in memory (a restart of the scheduler logs everyone out): a random
/// id in an HttpOnly, SameSite=Strict cookie, and the session's anti-forgery token that every
/// form posts back. A session idle longer than <see cref="IdleLimit"/> ends.
/// </summary>
public sealed class Sessions(TimeProvider time)
{
    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "runner_session";

    /// <summary>How long an unused session lives.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(12);

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    /// <summary>Starts a session; returns its id (the cookie's value).</summary>
    public Session Start()
    {
        var session = new Session(NewSecret(), NewSecret(), time.GetUtcNow());
        _sessions[session.Id] = session;
        return session;
    }

    /// <summary>The live session with this id, touched; null when there is none or it expired.</summary>
    public Session? Find(string? id)
    {
        if (id is null || !_sessions.TryGetValue(id, out var session))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (now - session.LastSeen > IdleLimit)
        {
            _sessions.TryRemove(id, out _);
            return null;
        }

        var touched = session with { LastSeen = now };
        _sessions[id] = touched;
        return touched;
    }

    public void End(string id) => _sessions.TryRemove(id, out _);

    /// <summary>32 random bytes, base64url.</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>One logged-in browser: its id and anti-forgery token.</summary>
public sealed record Session(string Id, string AntiForgery, DateTimeOffset LastSeen);
