namespace Runner.Cli;

/// <summary>Exit statuses of <c>runner</c> (SPEC §2); every command returns one of these.</summary>
internal enum ExitCode
{
    Success = 0,
    JobFailed = 1,
    Usage = 2,
    InvalidSetup = 3,
    NoSuchJob = 4,
}
