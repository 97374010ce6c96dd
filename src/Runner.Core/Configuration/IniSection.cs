namespace Runner.Core.Configuration;

/// <summary>
/// A section of a parsed document: its name as first written, the 0-based line indexes of
/// its headers (more than one when the section is repeated), its options in file order and
/// the repeated options that were reported and ignored.
/// </summary>
internal sealed class IniSection(string name)
{
    public string Name { get; } = name;

    public List<int> Headers { get; } = [];

    public List<IniEntry> Entries { get; } = [];

    public List<IniEntry> Shadowed { get; } = [];

    public IniEntry? Find(string option) =>
        Entries.Find(e => string.Equals(e.Name, option, StringComparison.OrdinalIgnoreCase));
}
