namespace Runner.Core.Jobs;

/// <summary>The answers <c>runner create job</c> asks for, in the seed's prompt order.</summary>
public enum JobField
{
    Name,
    Description,
    Environment,
    MonthDay,
    WeekDay,
    Hour,
    Minute,
    Second,
    Parameters,
    Active,
}
