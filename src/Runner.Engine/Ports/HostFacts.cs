namespace Runner.Engine.Ports;

/// <summary>Facts about the machine written in every run log's header.</summary>
public sealed record HostFacts(string Host, string User, string System, string Runtime);
