namespace Runner.Core.Configuration;

/// <summary>Line-level edits behind <see cref="IniDocument.Set"/> and <see cref="IniDocument.Remove"/>; returns the new text.</summary>
internal static class IniEditor
{
    private const string ContinuationIndent = "    ";

    public static string Set(IniDocument document, string section, string option, string value)
    {
        CheckSection(section);
        CheckOption(option);
        var values = ValueLines(value);
        var lines = document.Lines.ToList();
        var newline = document.Newline;
        var target = document.FindSection(section);
        if (target?.Find(option) is { } entry)
        {
            Replace(lines, entry, values, newline);
        }
        else if (target is not null)
        {
            Insert(lines, target, option.Trim(), values, newline);
        }
        else
        {
            Append(lines, section.Trim(), option.Trim(), values, newline);
        }

        return document.Bom + string.Concat(lines.Select(l => l.Raw));
    }

    public static string Remove(IniDocument document, IniSection section, string option)
    {
        var lines = document.Lines.ToList();
        var spans = section.Entries.Concat(section.Shadowed)
            .Where(e => string.Equals(e.Name, option.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.First);
        foreach (var span in spans)
        {
            var endsFile = lines[span.Last].Newline.Length == 0;
            lines.RemoveRange(span.First, span.Last - span.First + 1);
            if (endsFile && span.First > 0 && span.First == lines.Count)
            {
                lines[^1] = lines[^1] with { Newline = "" };
            }
        }

        return document.Bom + string.Concat(lines.Select(l => l.Raw));
    }

    private static void Replace(List<IniLine> lines, IniEntry entry, List<string> values, string newline)
    {
        var head = lines[entry.First];
        var prefix = head.Text[..head.ValueStart];
        if (values[0].Length == 0 || head.Text[head.ValueStart..].Trim().Length == 0)
        {
            prefix = prefix.TrimEnd() + (values[0].Length == 0 ? "" : " ");
        }

        var span = lines.GetRange(entry.First, entry.Last - entry.First + 1);
        var firstContinuation = span.Find(l => l.Kind == IniLineKind.Continuation);
        var indent = firstContinuation?.Text[..firstContinuation.ValueStart] ?? Indent(head.Text) + ContinuationIndent;
        var texts = new List<string> { prefix + values[0] };
        texts.AddRange(values.Skip(1).Select(v => v.Length == 0 ? "" : indent + v));
        texts.AddRange(span.Where(l => l.Kind == IniLineKind.Comment).Select(l => l.Text));
        var last = span[^1].Newline;
        lines.RemoveRange(entry.First, span.Count);
        lines.InsertRange(entry.First, texts.Select((t, i) => new IniLine(t, i == texts.Count - 1 ? last : newline, IniLineKind.Blank)));
    }

    private static void Insert(List<IniLine> lines, IniSection section, string option, List<string> values, string newline)
    {
        var header = section.Headers[^1];
        var after = header;
        for (var i = header + 1; i < lines.Count && lines[i].Kind != IniLineKind.Section; i++)
        {
            after = lines[i].Kind is IniLineKind.Option or IniLineKind.Continuation ? i : after;
        }

        var optionLine = Enumerable.Range(header, after - header + 1).LastOrDefault(i => lines[i].Kind == IniLineKind.Option, -1);
        var indent = optionLine < 0 ? "" : Indent(lines[optionLine].Text);
        var texts = OptionTexts(indent, option, values);
        var last = lines[after].Newline;
        lines[after] = last.Length == 0 ? lines[after] with { Newline = newline } : lines[after];
        lines.InsertRange(after + 1, texts.Select((t, i) => new IniLine(t, i == texts.Count - 1 && last.Length == 0 ? "" : newline, IniLineKind.Blank)));
    }

    private static void Append(List<IniLine> lines, string section, string option, List<string> values, string newline)
    {
        var texts = new List<string>();
        var last = lines.Count == 0 ? newline : lines[^1].Newline;
        if (lines.Count > 0)
        {
            lines[^1] = last.Length == 0 ? lines[^1] with { Newline = newline } : lines[^1];
            if (lines[^1].Kind != IniLineKind.Blank)
            {
                texts.Add("");
            }
        }

        texts.Add($"[{section}]");
        texts.AddRange(OptionTexts("", option, values));
        lines.AddRange(texts.Select((t, i) => new IniLine(t, i == texts.Count - 1 && last.Length == 0 ? "" : newline, IniLineKind.Blank)));
    }

    private static List<string> OptionTexts(string indent, string option, List<string> values)
    {
        var texts = new List<string> { values[0].Length == 0 ? $"{indent}{option} =" : $"{indent}{option} = {values[0]}" };
        texts.AddRange(values.Skip(1).Select(v => v.Length == 0 ? "" : indent + ContinuationIndent + v));
        return texts;
    }

    private static List<string> ValueLines(string value)
    {
        var values = value.ReplaceLineEndings("\n").Split('\n').Select(v => v.Trim()).ToList();
        while (values.Count > 1 && values[^1].Length == 0)
        {
            values.RemoveAt(values.Count - 1);
        }

        if (values.Skip(1).Any(v => v.StartsWith('#') || v.StartsWith(';')))
        {
            throw new ArgumentException(ConfigMessages.ValueLineIsComment, nameof(value));
        }

        return values;
    }

    private static string Indent(string text) => text[..(text.Length - text.TrimStart().Length)];

    private static void CheckSection(string section)
    {
        if (section.Trim().Length == 0 || section.AsSpan().IndexOfAny("[]\r\n") >= 0)
        {
            throw new ArgumentException(ConfigMessages.BadSectionName(section), nameof(section));
        }
    }

    private static void CheckOption(string option)
    {
        var trimmed = option.Trim();
        if (trimmed.Length == 0 || option.AsSpan().IndexOfAny("=:\r\n") >= 0 || trimmed[0] is '[' or '#' or ';')
        {
            throw new ArgumentException(ConfigMessages.BadOptionName(option), nameof(option));
        }
    }
}
