namespace Runner.Engine.Jobs;

/// <summary>What setting up a home did to one file or folder.</summary>
public sealed record SetupStep(string Path, SetupAction Action);

/// <summary>Created, updated, or found already there (and left alone).</summary>
public enum SetupAction
{
    Created,
    Updated,
    Exists,
}
