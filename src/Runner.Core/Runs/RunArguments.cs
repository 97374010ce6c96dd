namespace Runner.Core.Runs;

/// <summary>
/// The arguments a run passes after its FILE: the PARAMETERS cell split into words by
/// <see cref="ParameterSplitter"/>, then the placeholders expanded inside each word, so an
/// expanded value never splits or joins words (a trigger with a space stays one argument).
/// </summary>
public static class RunArguments
{
    /// <summary>The arguments of one run, or every problem of <paramref name="parameters"/>.</summary>
    public static ParameterResult Build(string parameters, RunContext context) => Expand(parameters, context);

    /// <summary>
    /// Checks <paramref name="parameters"/> without a run: quoting, placeholder names, brace
    /// balance and <c>{trigger:FORMAT}</c> formats. Returns errors and warnings by column.
    /// </summary>
    public static IReadOnlyList<ParameterError> Validate(string parameters) => Expand(parameters, null).Problems;

    private static ParameterResult Expand(string parameters, RunContext? context)
    {
        var problems = new List<ParameterError>();
        var words = ParameterSplitter.Words(parameters, problems);
        var expanded = words.Select(word => Placeholders.Expand(word, context, problems)).ToList();
        return ParameterSplitter.Result(expanded, problems);
    }
}
