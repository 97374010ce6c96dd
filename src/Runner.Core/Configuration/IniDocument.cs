using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>
/// A lossless ini document in the Python configparser dialect that the original runner used:
/// <c>[SECTION]</c> headers, <c>key = value</c> or <c>key: value</c>, whole-line comments
/// starting with <c>#</c> or <c>;</c>, and indented continuation lines joined with <c>\n</c>.
/// There are no inline comments: <c>a = b # c</c> has the value <c>b # c</c>. Section and
/// option names are case-insensitive. The text is kept verbatim (byte order mark, line breaks,
/// spacing), so <see cref="ToText"/> returns the input exactly; every change returns a new
/// document that keeps all other lines, comments and their order.
/// </summary>
public sealed class IniDocument
{
    private readonly string _bom;
    private readonly IReadOnlyList<IniSection> _sections;

    internal IniDocument(
        string source, string bom, IReadOnlyList<IniLine> lines, IReadOnlyList<IniSection> sections, IReadOnlyList<Diagnostic> errors)
    {
        Source = source;
        _bom = bom;
        Lines = lines;
        _sections = sections;
        Errors = errors;
    }

    /// <summary>The name diagnostics and value origins give for this document, e.g. its path.</summary>
    public string Source { get; }

    /// <summary>Every syntax error found when the text was parsed (the same list <see cref="Parse"/> returned).</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>The section names in file order, spelled as first written.</summary>
    public IReadOnlyList<string> Sections => [.. _sections.Select(s => s.Name)];

    /// <summary>The line break used for new lines: the document's first one, else <c>\n</c>.</summary>
    public string Newline => Lines.FirstOrDefault(l => l.Newline.Length > 0)?.Newline ?? "\n";

    internal IReadOnlyList<IniLine> Lines { get; }

    internal string Bom => _bom;

    /// <summary>Parses <paramref name="text"/>; never throws. Errors are collected, never fatal.</summary>
    public static IniDocument Parse(string text, string source, out IReadOnlyList<Diagnostic> errors)
    {
        var found = new List<Diagnostic>();
        errors = found;
        return IniParser.Parse(text, source, found);
    }

    /// <summary>The text, exactly as parsed when nothing was changed.</summary>
    public string ToText() => _bom + string.Concat(Lines.Select(l => l.Raw));

    /// <summary>Whether the document has the section (case-insensitive).</summary>
    public bool HasSection(string section) => FindSection(section) is not null;

    /// <summary>The option names of a section in file order, as first written; empty when there is no such section.</summary>
    public IReadOnlyList<string> Options(string section) =>
        FindSection(section) is { } found ? [.. found.Entries.Select(e => e.Name)] : [];

    /// <summary>An option's value and where it was written, or null when absent.</summary>
    public IniValue? Get(string section, string option) =>
        FindSection(section)?.Find(option) is { } entry ? new IniValue(entry.Value, entry.First + 1, entry.Column) : null;

    /// <summary>
    /// Sets an option. An existing value is replaced in place, keeping the option's spelling and
    /// the spacing around its separator; a missing option is added after the last option of its
    /// section; a missing section is added at the end. Each line of a multi-line value is
    /// trimmed and written as an indented continuation line.
    /// </summary>
    /// <exception cref="ArgumentException">The name cannot be written as ini, or a value line after the first starts with # or ;.</exception>
    public IniDocument Set(string section, string option, string value) =>
        Reparse(IniEditor.Set(this, section, option, value));

    /// <summary>Removes an option (with its continuation lines, and any repeated copies); unchanged when absent.</summary>
    public IniDocument Remove(string section, string option) =>
        FindSection(section) is { } found && found.Find(option) is not null
            ? Reparse(IniEditor.Remove(this, found, option))
            : this;

    internal (int Line, int Column) HeaderPosition(string section)
    {
        var header = FindSection(section)?.Headers[0] ?? 0;
        var text = Lines.Count > header ? Lines[header].Text : "";
        return (header + 1, text.Length - text.TrimStart().Length + 1);
    }

    internal IniSection? FindSection(string section) =>
        _sections.FirstOrDefault(s => string.Equals(s.Name, section.Trim(), StringComparison.OrdinalIgnoreCase));

    private IniDocument Reparse(string text) => Parse(text, Source, out _);
}
