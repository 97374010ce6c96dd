namespace Runner.Tests.Support;

/// <summary>What a finished <c>runner</c> process left: exit status, standard output, standard error.</summary>
public sealed record RunResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Errors}";
}
