namespace Runner.Core.Configuration;

/// <summary>
/// An ini file with the files it includes, in the order its <c>include</c> options name them
/// (<see cref="LayeredConfig.IncludePaths"/>); the caller reads them. The file overrides all its
/// includes, a later include overrides an earlier one, and each include's own includes sit
/// just below it.
/// </summary>
public sealed record ConfigFile(IniDocument Document, IReadOnlyList<ConfigFile> Includes)
{
    /// <summary>A file that includes nothing.</summary>
    public ConfigFile(IniDocument document)
        : this(document, [])
    {
    }

    /// <summary>This file and its includes, highest precedence first.</summary>
    public IEnumerable<IniDocument> Flatten() =>
        Includes.Reverse().SelectMany(i => i.Flatten()).Prepend(Document);
}
