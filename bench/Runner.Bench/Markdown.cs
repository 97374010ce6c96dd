using System.Text;

namespace Runner.Bench;

/// <summary>A markdown fragment of the report.</summary>
internal sealed class Markdown
{
    private readonly StringBuilder _text = new();

    public Markdown Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public Markdown Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select((_, i) => i == 0 ? "---|" : "---:|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row) + " |");
        }

        return Line();
    }

    public void Save(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), _text.ToString());
    }

    public override string ToString() => _text.ToString();
}
