namespace Runner.Engine.Jobs;

/// <summary>The result of a use case: a value, or the <see cref="Jobs.Problem"/> that stopped it.</summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    public bool Succeeded => Problem is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Problem problem) => new(default, problem);
}
