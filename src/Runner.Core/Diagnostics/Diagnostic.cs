namespace Runner.Core.Diagnostics;

/// <summary>
/// A problem found in a file or an input: where (source, 1-based line and column) and what,
/// with how to fix it in the message. Printed as <c>source:line:column: message</c>, or
/// <c>source: message</c> when the source has no lines (an environment variable, an option).
/// </summary>
public sealed record Diagnostic(string Source, int Line, int Column, string Message)
{
    /// <summary>Errors make the input invalid; warnings (a likely typo, say) are shown but accepted.</summary>
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Error;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var where = Line > 0 ? $"{Source}:{Line}:{Column}" : Source;
        var warning = IsError ? string.Empty : "warning: ";
        return $"{where}: {warning}{Message}";
    }
}
