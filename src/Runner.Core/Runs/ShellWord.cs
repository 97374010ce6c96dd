using System.Text;

namespace Runner.Core.Runs;

/// <summary>One word as split from a text: its characters, each with the 1-based column it came from.</summary>
internal sealed class ShellWord
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _columns = [];

    /// <summary>True once a backslash-before-a-letter warning was given for this word (one a word is enough).</summary>
    public bool WarnedBackslash { get; set; }

    public string Text => _text.ToString();

    public void Add(char c, int column)
    {
        _text.Append(c);
        _columns.Add(column);
    }

    /// <summary>The source column of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int ColumnAt(int index) => _columns[index];
}
