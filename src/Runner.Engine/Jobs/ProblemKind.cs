namespace Runner.Engine.Jobs;

/// <summary>Why a use case refused; front ends map each kind to an exit status or an HTTP status.</summary>
public enum ProblemKind
{
    /// <summary>An argument or answer is malformed (exit 2).</summary>
    BadInput,

    /// <summary>The schedule or the configuration is invalid or missing (exit 3).</summary>
    InvalidSetup,

    /// <summary>No job has the id given (exit 4).</summary>
    NoSuchJob,

    /// <summary>The change was made only in part; the message says what is left to do (exit 1).</summary>
    PartlyDone,
}
