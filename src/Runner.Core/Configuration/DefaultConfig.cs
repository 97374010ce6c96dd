using System.Text;

namespace Runner.Core.Configuration;

/// <summary>Writes the main config.ini that <c>runner</c> creates on first use.</summary>
internal static class DefaultConfig
{
    public static string Text(bool windows, string newline)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append(newline);

        Line("# Runner configuration. Whole-line comments start with # or ;. Reference: docs/configuration.md.");
        Line("# Command-line options and RUNNER_<SECTION>_<OPTION> environment variables override this file;");
        Line("# a job's jobs/<id>/config.ini overrides it for that job.");
        foreach (var section in SectionNames.All)
        {
            Line("");
            Line($"[{section}]");
            if (section == SectionNames.Scheduler)
            {
                Line("# Extra ini files read just below this one, later ones winning: include = PATH[, PATH].");
                Line($"{OptionCatalog.Include} =");
            }

            foreach (var option in OptionCatalog.In(section))
            {
                Line($"# {option.Description}");
                Line(option.Default.Length == 0 ? $"{option.Name} =" : $"{option.Name} = {option.Default}");
            }
        }

        foreach (var (name, command) in OptionCatalog.DefaultEnvironments(windows))
        {
            Line($"# Command that runs the FILE of jobs whose ENVIRONMENT is {name}.");
            Line($"{name} = {command}");
        }

        return text.ToString();
    }
}
