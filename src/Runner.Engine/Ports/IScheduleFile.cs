namespace Runner.Engine.Ports;

/// <summary>The schedule's text: schedule.tsv, or later a database table.</summary>
public interface IScheduleFile
{
    /// <summary>How messages name it, e.g. <c>schedule.tsv</c>.</summary>
    string ShownAs { get; }

    /// <summary>The text, or null when there is none yet.</summary>
    string? Read();

    /// <summary>Replaces the text atomically: readers see the old or the new text, never a mix.</summary>
    void Write(string text);
}
