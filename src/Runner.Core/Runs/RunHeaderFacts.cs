namespace Runner.Core.Runs;

/// <summary>
/// Everything the header block of a run's log shows, gathered by the caller (the host, user,
/// system and runtime come from the composition root).
/// </summary>
/// <param name="JobId">The job's ID.</param>
/// <param name="Name">The job's NAME.</param>
/// <param name="Description">The job's DESCRIPTION.</param>
/// <param name="Trigger">The instant the run is for.</param>
/// <param name="RunId">The run's id in the history.</param>
/// <param name="Attempt">This run's attempt, 1 for the first.</param>
/// <param name="Attempts">Attempts allowed: the job's <c>retries</c> + 1.</param>
/// <param name="Command">The command line's display form (<see cref="CommandLine.Display"/>), or the raw text when it could not be built.</param>
/// <param name="Host">The machine's host name.</param>
/// <param name="User">The user the job runs as.</param>
/// <param name="System">The operating system, e.g. <c>Ubuntu 24.04.1 LTS</c>.</param>
/// <param name="Runtime">The .NET runtime, e.g. <c>.NET 10.0.0</c>.</param>
/// <param name="ConfigFiles">The config files the job's options came from, in layer order.</param>
/// <param name="Persons">The job's alarm recipients.</param>
public sealed record RunHeaderFacts(
    int JobId,
    string Name,
    string Description,
    DateTimeOffset Trigger,
    long RunId,
    int Attempt,
    int Attempts,
    string Command,
    string Host,
    string User,
    string System,
    string Runtime,
    IReadOnlyList<string> ConfigFiles,
    IReadOnlyList<string> Persons);
