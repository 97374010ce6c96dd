using System.Globalization;

namespace Runner.Core.Runs;

/// <summary>Every text of the run pipeline (errors, log records, overlap reasons), in one place.</summary>
internal static class RunMessages
{
    public const string JobStarted = "JOB STARTED.";

    public const string JobFinished = "JOB FINISHED.";

    // Splitting PARAMETERS and environment commands

    public static string UnclosedQuote(char quote) =>
        $"the {quote} opened here is never closed; add the closing {quote} at the end, or write \\{quote} for a literal {quote}";

    public static string TrailingBackslash() =>
        @"the backslash at the end escapes nothing; remove it, or write \\ (or '\') for a literal backslash";

    public static string BackslashDropped(char next) =>
        $@"the backslash before '{next}' escapes it and is dropped (POSIX quoting), so C:\data would become C:data; "
        + @"write a Windows path in single quotes ('C:\data\in.csv') or with forward slashes (C:/data/in.csv)";

    public static string NulCharacter() => "control character U+0000 cannot be passed to a program; remove it";

    // Placeholders

    public static string StrayClosingBrace() => "'}' closes no placeholder; write }} for a literal }";

    public static string UnclosedPlaceholder() =>
        "'{' opens a placeholder that is not closed in its word; close it with }, write {{ for a literal {, "
        + "or quote a placeholder that holds a space: \"{trigger:yyyy-MM-dd HH:mm}\"";

    public static string UnknownPlaceholder(string inside, string? suggestion)
    {
        var hint = suggestion is null ? string.Empty : $" (did you mean {{{suggestion}}}?)";
        return $"unknown placeholder {{{inside}}}{hint}; known: {Placeholders.Known}; write {{{{ and }}}} for literal braces";
    }

    public static string EmptyFormat() =>
        "{trigger:} has an empty format; write a .NET date format such as {trigger:yyyyMMdd}, or {trigger} for ISO 8601";

    public static string BadFormat(string format) =>
        $"'{format}' is not a valid .NET date format; write e.g. {{trigger:yyyyMMdd}} or {{trigger:yyyy-MM-dd'T'HH-mm}}";

    public static string FormatNotTaken(string name) =>
        $"{{{name}}} takes no format, only {{trigger:FORMAT}} does; write {{{name}}}";

    // Command lines

    public static string InCommand(string command, ParameterError error) =>
        $"the environment's command '{command}', column {error.Column}: {error.Message}";

    public static string EmptyProgram(string command) =>
        $"the environment's command '{command}' starts with an empty word; name the program first, e.g. python3 -u";

    public static string EmptyFile() => "FILE is empty; name the program or script to run";

    public static string InParameters(ParameterError error) => $"PARAMETERS, column {error.Column}: {error.Message}";

    // Log records

    public static string CutMarker(int more) => $" [... {Invariant(more)} more characters]";

    public static string JobFailed(int? exitCode) =>
        exitCode is null ? "JOB FAILED." : $"JOB FAILED. EXIT CODE: {Invariant(exitCode.Value)}.";

    public static string JobFailed(string outcome) => $"JOB FAILED. OUTCOME: {outcome}.";

    public static string TimeSpent(TimeSpan spent) =>
        $"TIME SPENT: {spent.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} seconds.";

    public static string AttemptOf(int attempt, int attempts) => $"{Invariant(attempt)} of {Invariant(attempts)}";

    public static string NotAnEnd(RunOutcome outcome) => $"a run cannot end {outcome.DisplayName()}";

    // Outcomes

    public static string UnknownOutcome(string text, IReadOnlyList<string> names, string? suggestion)
    {
        var hint = suggestion is null ? string.Empty : $" (did you mean {suggestion}?)";
        return $"'{text}' is not a run status{hint}; write {string.Join(", ", names.Take(names.Count - 1))} or {names[^1]} (any case)";
    }

    // run jobs files

    public static string BatchNotAnId(string text) =>
        $"'{text}' is not a job id; write ID [TRIGGER] on each line, the id a non-negative integer, e.g. 7 2019-01-01/08:00:00";

    public static string BatchIdTooLarge(string text) => $"job id {text} is too large; ids go up to {Invariant(int.MaxValue)}";

    // Overlap reasons (log lines)

    public static string SkippedWhileRunning(IReadOnlyList<long> running) => $"{StillRunning(running)} (overlap = skip)";

    public static string SkippedQueueFull(IReadOnlyList<long> running, int queued, int depth) =>
        $"{Situation(running, queued)}; this fire is skipped (overlap = queue, at most {Fires(depth)} waiting)";

    public static string Queued(IReadOnlyList<long> running, int queued) =>
        $"{Situation(running, queued)}; this fire waits its turn (overlap = queue)";

    public static string SkippedParallelFull(IReadOnlyList<long> running, int limit) =>
        $"{Count(running.Count, "run")} still running; this fire is skipped (overlap = parallel, at most {Invariant(limit)} at once)";

    public static string Alongside(IReadOnlyList<long> running) =>
        $"{StillRunning(running)}; this fire starts alongside (overlap = parallel)";

    public static string Replacing(IReadOnlyList<long> running) =>
        $"{StillRunning(running)}; ending {(running.Count == 1 ? "it" : "them")} to start this fire (overlap = replace)";

    private static string Situation(IReadOnlyList<long> running, int queued)
    {
        List<string> parts = [];
        if (running.Count > 0)
        {
            parts.Add(StillRunning(running));
        }

        if (queued > 0)
        {
            parts.Add($"{Fires(queued)} waiting");
        }

        return parts.Count == 0 ? "nothing running" : string.Join(" and ", parts);
    }

    private static string StillRunning(IReadOnlyList<long> running)
    {
        var ids = running.Select(Invariant).ToList();
        return ids.Count == 1
            ? $"previous run {ids[0]} still running"
            : $"previous runs {string.Join(", ", ids.Take(ids.Count - 1))} and {ids[^1]} still running";
    }

    private static string Fires(int count) => Count(count, "fire");

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{Invariant(count)} {noun}s";

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
