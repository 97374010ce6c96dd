namespace Runner.Core.Configuration;

/// <summary>
/// An option's value as read from an ini file, with where it was written: the 1-based line
/// of the option and the 1-based column where its value starts.
/// </summary>
public sealed record IniValue(string Value, int Line, int Column);
