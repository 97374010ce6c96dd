namespace Runner.Core.Tests.Configuration;

/// <summary>docs/configuration.md and the option catalog change together.</summary>
public sealed class ConfigurationDocTests
{
    [Theory]
    [InlineData("options")]
    [InlineData("environments")]
    public void Doc_table_matches_the_catalog(string table)
    {
        var expected = table == "options" ? OptionTable.Options() : OptionTable.Environments();

        var actual = Between(Doc(), $"<!-- {table}:begin -->", $"<!-- {table}:end -->");

        Assert.True(expected == actual, $"docs/configuration.md ({table}) is out of date; its table should read:\n{expected}\n");
    }

    private static string Doc()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Runner.slnx")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        return File.ReadAllText(Path.Combine(folder.FullName, "docs", "configuration.md")).ReplaceLineEndings("\n");
    }

    private static string Between(string text, string begin, string end)
    {
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"docs/configuration.md lacks {begin} ... {end}");
        return text[(start + begin.Length)..stop].Trim('\n');
    }
}
