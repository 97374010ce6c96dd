using Runner.Core.Diagnostics;

namespace Runner.Core.Schedules;

/// <summary>Collects the errors of one read of a schedule file, all of them, for one source name.</summary>
internal sealed class ScheduleErrors(string source)
{
    private readonly List<Diagnostic> _found = [];

    /// <summary>Records an error at a 1-based line and column.</summary>
    public void Add(int line, int column, string message) => _found.Add(new Diagnostic(source, line, column, message));

    /// <summary>How many diagnostics were recorded so far.</summary>
    public int Count => _found.Count;

    /// <summary>The file's name in messages.</summary>
    public string Source => source;

    /// <summary>Records a diagnostic made elsewhere (an error or a warning).</summary>
    public void Add(Diagnostic diagnostic) => _found.Add(diagnostic);

    /// <summary>Every error, by line, then column; errors at the same place keep their order.</summary>
    /// <remarks>A valid file sorts nothing: OrderBy with int keys is JIT-compiled at every start.</remarks>
    public IReadOnlyList<Diagnostic> InOrder() => _found.Count == 0 ? [] : [.. _found.OrderBy(e => e.Line).ThenBy(e => e.Column)];
}
