using Runner.Core.Scheduling;

namespace Runner.Core.Schedules;

/// <summary>
/// One valid row of schedule.tsv. Text cells are trimmed; <see cref="Extra"/> holds the cells
/// of unknown columns by header name (case-insensitive), untouched. <see cref="Line"/> is the
/// 1-based line of the row in the file.
/// </summary>
public sealed record Job(
    int Id,
    string Name,
    string Description,
    string Environment,
    string File,
    Timing Timing,
    string Parameters,
    bool IsActive,
    int Line,
    IReadOnlyDictionary<string, string> Extra);
