using Runner.Core.Diagnostics;

namespace Runner.Core.Runs;

/// <summary>
/// A problem in a PARAMETERS cell or an environment's command: the 1-based column in that
/// text and what is wrong, with how to fix it. Errors stop a run; warnings (a backslash that
/// looks like part of a Windows path) are shown by checks and ignored when running.
/// </summary>
public sealed record ParameterError(int Column, string Message)
{
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Error;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The problem as a diagnostic of a file whose text starts at <paramref name="firstColumn"/> of <paramref name="line"/>.</summary>
    public Diagnostic At(string source, int line, int firstColumn) =>
        new(source, line, firstColumn + Column - 1, Message) { Severity = Severity };

    public override string ToString() => $"column {Column}: {(IsError ? string.Empty : "warning: ")}{Message}";
}
