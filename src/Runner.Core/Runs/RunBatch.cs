using Runner.Core.Diagnostics;

namespace Runner.Core.Runs;

/// <summary>
/// What <see cref="RunBatchFile"/> read: the valid lines in file order and every error in line
/// order. Run nothing unless <see cref="IsValid"/>.
/// </summary>
public sealed record RunBatch(IReadOnlyList<RunBatchEntry> Entries, IReadOnlyList<Diagnostic> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
