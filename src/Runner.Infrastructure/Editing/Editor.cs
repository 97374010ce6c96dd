using System.Diagnostics;

namespace Runner.Infrastructure.Editing;

/// <summary>
/// The user's text editor: <c>[MANAGER] editor</c>, else <c>$VISUAL</c>, else <c>$EDITOR</c>,
/// else nano (notepad on Windows). Runs attached to the terminal and waits for it to close.
/// </summary>
public sealed class Editor(string command)
{
    public string Command => command;

    public static Editor Choose(string configured, IReadOnlyDictionary<string, string> variables) =>
        new(new[] { configured, variables.GetValueOrDefault("VISUAL"), variables.GetValueOrDefault("EDITOR") }
            .FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim()
            ?? (OperatingSystem.IsWindows() ? "notepad" : "nano"));

    /// <summary>Opens <paramref name="path"/> and returns the editor's exit status.</summary>
    /// <exception cref="InvalidOperationException">The editor could not be started; the message says which and how to choose another.</exception>
    public int Open(string path)
    {
        var words = Words(command);
        var start = new ProcessStartInfo(words[0]) { UseShellExecute = false };
        foreach (var word in words.Skip(1))
        {
            start.ArgumentList.Add(word);
        }

        start.ArgumentList.Add(path);
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"the editor '{command}' could not be started ({e.Message}); set [MANAGER] editor in config.ini, or $VISUAL or $EDITOR", e);
        }
    }

    /// <summary>Splits a command into words at spaces; double quotes keep spaces (for paths such as "C:\Program Files\...").</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
