namespace Runner.Core.Diagnostics;

/// <summary>How much a <see cref="Diagnostic"/> matters.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}
