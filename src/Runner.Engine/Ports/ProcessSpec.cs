namespace Runner.Engine.Ports;

/// <summary>A program to start: never through a shell, arguments passed as a list.</summary>
/// <param name="Program">The program: a path, or a name looked up on PATH.</param>
/// <param name="Arguments">The arguments, each passed as one argv entry.</param>
/// <param name="WorkingDirectory">The folder it runs in.</param>
/// <param name="Environment">Variables added to (or replacing) the launcher's own environment.</param>
public sealed record ProcessSpec(
    string Program,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment);
