namespace Runner.Engine.Ports;

/// <summary>The main config.ini of a home.</summary>
public interface IConfigFile
{
    /// <summary>Where it is, as shown to users.</summary>
    string Path { get; }

    /// <summary>The text, or null when the file does not exist.</summary>
    string? Read();

    /// <summary>Writes the text atomically, readable by the owner only (it may hold secrets).</summary>
    void Write(string text);
}
