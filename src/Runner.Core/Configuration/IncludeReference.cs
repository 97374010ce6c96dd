namespace Runner.Core.Configuration;

/// <summary>One path named by an <c>include</c> option and where it was written.</summary>
public sealed record IncludeReference(string Path, ValueOrigin Origin);
