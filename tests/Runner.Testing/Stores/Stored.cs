namespace Runner.Testing.Stores;

/// <summary>Instants as runner.db keeps them: unix milliseconds (finer parts dropped), read back in UTC.</summary>
internal static class Stored
{
    public static long Milliseconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static DateTimeOffset Utc(DateTimeOffset instant) => DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());

    public static DateTimeOffset? Utc(DateTimeOffset? instant) => instant is { } value ? Utc(value) : null;

    /// <summary>A run's trigger: to the millisecond, shown at the (whole-minute) offset it was given with.</summary>
    public static DateTimeOffset AtOwnOffset(DateTimeOffset instant) =>
        Utc(instant).ToOffset(TimeSpan.FromMinutes((int)instant.Offset.TotalMinutes));
}
