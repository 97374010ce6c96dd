namespace Runner.Infrastructure.Storage;

/// <summary>One forward step of runner.db's schema: the SQL that takes version <c>Version - 1</c> to <paramref name="Version"/>.</summary>
/// <param name="Version">The schema version after the step (<c>PRAGMA user_version</c>).</param>
/// <param name="Description">What the step adds, for readers of the code and of a failed upgrade.</param>
/// <param name="Sql">The statements, run in one transaction with the version bump.</param>
internal sealed record SchemaStep(int Version, string Description, string Sql);
