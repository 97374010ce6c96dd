namespace Runner.Engine.Ports;

/// <summary>
/// Facts about the machine written in every run log's header, and the node that records runs
/// and claims: <see cref="Node"/> is the host name until a fleet gives nodes names of their own
/// (the composition root sets it to the host and the home).
/// </summary>
public sealed record HostFacts(string Host, string User, string System, string Runtime)
{
    /// <summary>The identity of the node on claims and run records.</summary>
    public string Node { get; init; } = Host;
}
