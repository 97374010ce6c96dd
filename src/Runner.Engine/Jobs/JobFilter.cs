namespace Runner.Engine.Jobs;

/// <summary>Which jobs <c>list jobs</c> shows.</summary>
public enum JobFilter
{
    All,
    Active,
    Inactive,
}
