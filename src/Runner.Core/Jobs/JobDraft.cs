using Runner.Core.Scheduling;

namespace Runner.Core.Jobs;

/// <summary>
/// A job about to be created: every answer checked (<see cref="JobDraftRules"/>), the id not
/// yet allocated. <see cref="File"/> empty means a built-in job: a script from the
/// environment's template in the job's folder.
/// </summary>
public sealed record JobDraft(
    string Name,
    string Description,
    string Environment,
    string File,
    Timing Timing,
    string Parameters,
    bool Active)
{
    /// <summary>The name a job gets when none is given.</summary>
    public static string DefaultName(int id) => $"job_{id}";
}
