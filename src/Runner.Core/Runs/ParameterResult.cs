namespace Runner.Core.Runs;

/// <summary>
/// The words a text was split into (and its placeholders expanded to), and every problem in
/// column order. <see cref="Words"/> is empty unless <see cref="IsValid"/>.
/// </summary>
public sealed record ParameterResult(IReadOnlyList<string> Words, IReadOnlyList<ParameterError> Problems)
{
    /// <summary>True when no problem is an error (warnings allowed).</summary>
    public bool IsValid => Problems.All(p => !p.IsError);

    public IEnumerable<ParameterError> Errors => Problems.Where(p => p.IsError);
}
