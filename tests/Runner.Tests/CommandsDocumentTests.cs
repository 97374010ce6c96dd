using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>docs/commands.md holds every help page verbatim.</summary>
public sealed class CommandsDocumentTests
{
    [Fact]
    public void Every_help_page_is_in_docs_commands_md()
    {
        var document = File.ReadAllText(Path.Combine(Repo.Root, "docs", "commands.md"));
        var pages = Directory.GetFiles(Path.Combine(Repo.Root, "src", "Runner", "Cli", "Help"), "*.txt");

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains("```\n" + File.ReadAllText(page), document, StringComparison.Ordinal));
    }
}
