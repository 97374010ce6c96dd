namespace Runner.Core.Diagnostics;

/// <summary>
/// A problem found in a file or an input: where (source, 1-based line and column) and what,
/// with how to fix it in the message. Printed as <c>source:line:column: message</c>.
/// </summary>
public sealed record Diagnostic(string Source, int Line, int Column, string Message)
{
    public override string ToString() => $"{Source}:{Line}:{Column}: {Message}";
}
