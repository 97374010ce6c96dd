namespace Runner.Engine.Jobs;

/// <summary>A refused use case: its kind and every message, each saying what, where and how to fix.</summary>
public sealed record Problem(ProblemKind Kind, IReadOnlyList<string> Messages)
{
    public Problem(ProblemKind kind, string message)
        : this(kind, [message])
    {
    }
}
