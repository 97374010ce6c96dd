using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>
/// Reads ini text line by line in the Python configparser dialect (strict mode, no inline
/// comments, no interpolation) and keeps every line verbatim so the text can be rebuilt.
/// Options under a malformed header belong to no section: the header's error covers them.
/// </summary>
internal sealed class IniParser
{
    private readonly string _source;
    private readonly List<Diagnostic> _errors;
    private readonly List<IniLine> _lines = [];
    private readonly List<IniSection> _sections = [];
    private readonly List<string> _parts = [];
    private IniSection? _section;
    private bool _brokenHeader;
    private bool _open;
    private IniSection? _target;
    private string _name = "";
    private int _first;
    private int _last;
    private int _indent;
    private int _column;
    private int _pendingBlanks;

    private IniParser(string source, List<Diagnostic> errors)
    {
        _source = source;
        _errors = errors;
    }

    public static IniDocument Parse(string text, string source, List<Diagnostic> errors)
    {
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var parser = new IniParser(source, errors);
        foreach (var (line, newline) in Split(text[bom.Length..]))
        {
            parser.Read(line, newline);
        }

        parser.Close();
        return new IniDocument(source, bom, parser._lines, parser._sections, errors);
    }

    private static List<(string Text, string Newline)> Split(string body)
    {
        var result = new List<(string, string)>();
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] is not ('\n' or '\r'))
            {
                continue;
            }

            var newline = body[i] == '\r' && i + 1 < body.Length && body[i + 1] == '\n' ? "\r\n" : body[i].ToString();
            result.Add((body[start..i], newline));
            i += newline.Length - 1;
            start = i + 1;
        }

        if (start < body.Length)
        {
            result.Add((body[start..], ""));
        }

        return result;
    }

    private void Read(string text, string newline)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            _pendingBlanks += _open ? 1 : 0;
            _lines.Add(new IniLine(text, newline, IniLineKind.Blank));
            return;
        }

        if (trimmed[0] is '#' or ';')
        {
            _lines.Add(new IniLine(text, newline, IniLineKind.Comment));
            return;
        }

        var indent = text.Length - text.TrimStart().Length;
        if (_open && indent > _indent)
        {
            _parts.AddRange(Enumerable.Repeat("", _pendingBlanks));
            _parts.Add(trimmed);
            _pendingBlanks = 0;
            _last = _lines.Count;
            _lines.Add(new IniLine(text, newline, IniLineKind.Continuation, ValueStart: indent));
            return;
        }

        Close();
        if (trimmed[0] == '[')
        {
            ReadHeader(text, newline, trimmed, indent);
        }
        else
        {
            ReadOption(text, newline, indent);
        }
    }

    private void ReadHeader(string text, string newline, string trimmed, int indent)
    {
        var name = trimmed.Length > 1 && trimmed[^1] == ']' ? trimmed[1..^1].Trim() : "";
        if (name.Length == 0 || name.AsSpan().IndexOfAny('[', ']') >= 0)
        {
            Invalid(text, newline, indent, ConfigMessages.BadHeader(trimmed));
            (_section, _brokenHeader) = (null, true);
            return;
        }

        var index = _lines.Count;
        _brokenHeader = false;
        _section = _sections.Find(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        if (_section is null)
        {
            _section = new IniSection(name);
            _sections.Add(_section);
        }
        else
        {
            Report(index, indent, ConfigMessages.DuplicateSection(_section.Name, _section.Headers[0] + 1));
        }

        _section.Headers.Add(index);
        _lines.Add(new IniLine(text, newline, IniLineKind.Section, name));
    }

    private void ReadOption(string text, string newline, int indent)
    {
        var separator = text.IndexOfAny(['=', ':'], indent);
        if (separator < 0)
        {
            Invalid(text, newline, indent, ConfigMessages.NotALine);
            return;
        }

        var name = text[indent..separator].TrimEnd();
        if (name.Length == 0)
        {
            Invalid(text, newline, indent, ConfigMessages.MissingName(text[separator]));
            return;
        }

        var valueStart = separator + 1;
        while (valueStart < text.Length && char.IsWhiteSpace(text[valueStart]))
        {
            valueStart++;
        }

        var index = _lines.Count;
        _target = _section;
        if (_section is null)
        {
            if (!_brokenHeader)
            {
                Report(index, indent, ConfigMessages.OptionBeforeSection(name));
            }
        }
        else if (_section.Find(name) is { } earlier)
        {
            Report(index, indent, ConfigMessages.DuplicateOption(_section.Name, name, earlier.First + 1));
        }

        _open = true;
        (_name, _first, _last, _indent, _column) = (name, index, index, indent, valueStart + 1);
        _parts.Add(text[valueStart..].TrimEnd());
        _lines.Add(new IniLine(text, newline, IniLineKind.Option, name, valueStart));
    }

    private void Invalid(string text, string newline, int indent, string message)
    {
        Report(_lines.Count, indent, message);
        _lines.Add(new IniLine(text, newline, IniLineKind.Invalid));
    }

    private void Report(int index, int indent, string message) =>
        _errors.Add(new Diagnostic(_source, index + 1, indent + 1, message));

    private void Close()
    {
        if (_open && _target is not null)
        {
            var entry = new IniEntry(_name, _first, _last, string.Join('\n', _parts).TrimEnd(), _column);
            (_target.Find(_name) is null ? _target.Entries : _target.Shadowed).Add(entry);
        }

        _open = false;
        _target = null;
        _parts.Clear();
        _pendingBlanks = 0;
    }
}
