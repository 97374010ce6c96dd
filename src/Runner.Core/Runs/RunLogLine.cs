using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Runner.Core.Runs;

/// <summary>
/// The records of a run's log, as in the seed: <c>2018-12-31 23:59:59|INFO|message</c>, the
/// wall-clock time in the scheduler's zone. Turns a job's output lines into records and reads
/// records back.
/// </summary>
public static class RunLogLine
{
    /// <summary>The longest message kept from one output line unless the caller says otherwise: 64 KiB of characters.</summary>
    public const int DefaultMaxLength = 64 * 1024;

    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>The prefixes a job writes to choose a line's level, tried in this order; case-sensitive.</summary>
    private static readonly (string Prefix, RunLogLevel Level)[] Prefixes =
    [
        ("ERROR:", RunLogLevel.Error),
        ("WARNING:", RunLogLevel.Warning),
        ("INFO:", RunLogLevel.Info),
        ("DEBUG:", RunLogLevel.Debug),
    ];

    /// <summary>The record as a line (without line end); control characters in the message are escaped.</summary>
    public static string Format(DateTime localTime, RunLogLevel level, string message) =>
        $"{localTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}|{Name(level)}|{LogText.Clean(message)}";

    /// <summary>
    /// The level and message of one line of a job's output: standard output is INFO, standard
    /// error ERROR, but a line starting <c>ERROR:</c>, <c>WARNING:</c>, <c>INFO:</c> or <c>DEBUG:</c>
    /// (upper-case, at the very start) has that level, and the prefix and one space after it are
    /// dropped. One trailing carriage return is dropped; a message longer than
    /// <paramref name="maxLength"/> characters is cut with a <c>[... N more characters]</c> marker;
    /// control characters but tab are escaped (<c>\x1B</c>).
    /// </summary>
    public static RunLogEntry Classify(string line, bool fromStdErr, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var message = line.EndsWith('\r') ? line[..^1] : line;
        var level = fromStdErr ? RunLogLevel.Error : RunLogLevel.Info;
        foreach (var (prefix, prefixLevel) in Prefixes)
        {
            if (message.StartsWith(prefix, StringComparison.Ordinal))
            {
                level = prefixLevel;
                message = message[prefix.Length..];
                message = message.StartsWith(' ') ? message[1..] : message;
                break;
            }
        }

        return new RunLogEntry(level, LogText.Clean(Cut(message, maxLength)));
    }

    /// <summary>Reads a record back; false for anything else (the header box, a broken line).</summary>
    public static bool TryParse(string line, [NotNullWhen(true)] out RunLogRecord? record)
    {
        record = null;
        var levelStart = TimeFormat.Length + 1;
        if (line.Length <= levelStart || line[TimeFormat.Length] != '|')
        {
            return false;
        }

        var levelEnd = line.IndexOf('|', levelStart);
        if (levelEnd < 0
            || !DateTime.TryParseExact(line.AsSpan(0, TimeFormat.Length), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            || !TryParseLevel(line.AsSpan(levelStart, levelEnd - levelStart), out var level))
        {
            return false;
        }

        record = new RunLogRecord(time, level, line[(levelEnd + 1)..]);
        return true;
    }

    /// <summary>The level as written in a record: <c>DEBUG</c>, <c>INFO</c>, <c>WARNING</c> or <c>ERROR</c>.</summary>
    public static string Name(RunLogLevel level) => level switch
    {
        RunLogLevel.Debug => "DEBUG",
        RunLogLevel.Info => "INFO",
        RunLogLevel.Warning => "WARNING",
        RunLogLevel.Error => "ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    private static bool TryParseLevel(ReadOnlySpan<char> name, out RunLogLevel level)
    {
        foreach (var candidate in Enum.GetValues<RunLogLevel>())
        {
            if (name.SequenceEqual(Name(candidate)))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    private static string Cut(string message, int maxLength)
    {
        if (message.Length <= maxLength)
        {
            return message;
        }

        var kept = char.IsHighSurrogate(message[maxLength - 1]) ? maxLength - 1 : maxLength;
        return message[..kept] + RunMessages.CutMarker(message.Length - kept);
    }
}
