using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>
/// Where one value was set: a file with the line and column of the value, an environment
/// variable, a command-line option, or the default. Printed as <c>config.ini:12:11</c>,
/// <c>RUNNER_JOB_TIMEOUT</c>, <c>--timeout</c> or <c>default</c>.
/// </summary>
public sealed record ValueOrigin(OriginKind Kind, string Name, int Line = 0, int Column = 0)
{
    /// <summary>The origin of catalog defaults.</summary>
    public static ValueOrigin Default { get; } = new(OriginKind.Default, "default");

    public override string ToString() => Kind == OriginKind.File ? $"{Name}:{Line}:{Column}" : Name;

    /// <summary>A diagnostic pointing here. Line and column are 0 unless the origin is a file.</summary>
    public Diagnostic Report(string message) => new(Name, Line, Column, message);
}
