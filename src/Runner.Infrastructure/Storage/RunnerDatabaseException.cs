namespace Runner.Infrastructure.Storage;

/// <summary>runner.db cannot be used by this runner (too new, not a database, no WAL); the message says why and what to do.</summary>
public sealed class RunnerDatabaseException : Exception
{
    public RunnerDatabaseException()
    {
    }

    public RunnerDatabaseException(string message)
        : base(message)
    {
    }

    public RunnerDatabaseException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
