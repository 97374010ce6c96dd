using Runner.Core.Configuration;

namespace Runner.Core.Jobs;

/// <summary>The config.ini a new job starts with: its [JOB] options, commented out, each under its meaning.</summary>
public static class JobConfigTemplate
{
    public static string Text(int id, string name)
    {
        var lines = new List<string>
        {
            $"# Job {id} ({name}). Options set here override [JOB] of the main config.ini;",
            "# remove the '# ' before an option to set it. See docs/configuration.md.",
            $"[{SectionNames.Job}]",
        };
        foreach (var option in OptionCatalog.In(SectionNames.Job))
        {
            lines.Add($"# {option.Description}");
            lines.Add($"# {option.Name} = {option.Default}");
        }

        return string.Join('\n', lines) + "\n";
    }
}
