namespace Runner.Core.Configuration;

/// <summary>
/// One option of a section: its name as written, the 0-based indexes of its first and last
/// physical lines (continuation lines included) and its joined value.
/// </summary>
internal sealed record IniEntry(string Name, int First, int Last, string Value, int Column);
