namespace Runner.Core.Configuration;

/// <summary>
/// One physical line, kept verbatim: its text without the line break, the break itself
/// (<c>\r\n</c>, <c>\n</c>, <c>\r</c> or empty on a last line without one), and what it is.
/// </summary>
/// <param name="Text">The line without its line break.</param>
/// <param name="Newline">The line break, or empty on a last line without one.</param>
/// <param name="Kind">What the line is.</param>
/// <param name="Name">The section name of a header, the option name of an option line.</param>
/// <param name="ValueStart">Where the value starts in <paramref name="Text"/> (option and continuation lines).</param>
internal sealed record IniLine(string Text, string Newline, IniLineKind Kind, string Name = "", int ValueStart = 0)
{
    public string Raw => Text + Newline;
}
