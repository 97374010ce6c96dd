namespace Runner.Engine.Ports;

/// <summary>The names of <see cref="RunKind"/> in the store, the JSON of <c>history</c> and the API.</summary>
public static class RunKinds
{
    public static string Name(this RunKind kind) => kind switch
    {
        RunKind.OnTime => "on-time",
        RunKind.Misfire => "misfire",
        _ => "manual",
    };

    /// <summary>The kind of a stored name; an unknown one reads as manual.</summary>
    public static RunKind Parse(string name) => name switch
    {
        "on-time" => RunKind.OnTime,
        "misfire" => RunKind.Misfire,
        _ => RunKind.Manual,
    };
}
