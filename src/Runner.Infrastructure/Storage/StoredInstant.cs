namespace Runner.Infrastructure.Storage;

/// <summary>How runner.db stores an instant: INTEGER unix milliseconds, UTC (finer parts are dropped).</summary>
internal static class StoredInstant
{
    public static long ToStored(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static object ToStoredOrNull(DateTimeOffset? instant) =>
        instant is { } value ? ToStored(value) : DBNull.Value;

    /// <summary>The instant in UTC.</summary>
    public static DateTimeOffset FromStored(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    /// <summary>The instant shown at the offset it was given with (offsets are whole minutes).</summary>
    public static DateTimeOffset FromStored(long milliseconds, int offsetMinutes) =>
        FromStored(milliseconds).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    public static int OffsetMinutes(DateTimeOffset instant) => (int)instant.Offset.TotalMinutes;

    /// <summary>The instant as it reads back from the database: to the millisecond, at its own offset.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        FromStored(ToStored(instant), OffsetMinutes(instant));
}
