using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

public sealed class DefaultConfigTests
{
    [Theory]
    [InlineData(false, "\n")]
    [InlineData(false, "\r\n")]
    [InlineData(true, "\n")]
    [InlineData(true, "\r\n")]
    public void Parses_back_without_errors_and_reserializes_identically(bool windows, string newline)
    {
        var text = OptionCatalog.DefaultConfigText(windows, newline);

        var document = IniDocument.Parse(text, "config.ini", out var errors);

        Assert.Empty(errors);
        Assert.Equal(text, document.ToText());
        Assert.Equal(newline, document.Newline);
        Assert.Equal(newline == "\n" ? 0 : text.Count(c => c == '\n'), text.Count(c => c == '\r'));
        Assert.EndsWith(newline, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Holds_every_catalog_option_with_its_default_under_a_comment()
    {
        var text = OptionCatalog.DefaultConfigText(false, "\n");
        var document = IniDocument.Parse(text, "config.ini", out _);
        var lines = text.Split('\n');

        Assert.All(OptionCatalog.All, o =>
        {
            var value = document.Get(o.Section, o.Name)!;
            Assert.Equal(o.Default, value.Value);
            Assert.Equal($"# {o.Description}", lines[value.Line - 2]);
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Holds_every_default_environment(bool windows)
    {
        var document = IniDocument.Parse(OptionCatalog.DefaultConfigText(windows, "\n"), "config.ini", out _);

        Assert.Equal(OptionCatalog.DefaultEnvironments(windows).Select(e => e.Key), document.Options("ENVIRONMENT"));
        Assert.All(OptionCatalog.DefaultEnvironments(windows), e => Assert.Equal(e.Value, document.Get("ENVIRONMENT", e.Key)!.Value));
    }

    [Fact]
    public void Has_every_section_and_an_empty_include()
    {
        var document = IniDocument.Parse(OptionCatalog.DefaultConfigText(false, "\n"), "config.ini", out _);

        Assert.Equal(SectionNames.All, document.Sections);
        Assert.Empty(LayeredConfig.IncludePaths(document));
    }

    [Fact]
    public void Setting_every_option_to_its_default_changes_nothing()
    {
        var text = OptionCatalog.DefaultConfigText(false, "\n");
        var document = IniDocument.Parse(text, "config.ini", out _);

        var same = OptionCatalog.All.Aggregate(document, (d, o) => d.Set(o.Section, o.Name, o.Default));

        Assert.Equal(text, same.ToText());
    }

    [Fact]
    public void Checks_clean_and_resolves_to_the_defaults()
    {
        var config = Configs.Layered(main: OptionCatalog.DefaultConfigText(false, "\n"));

        Assert.Empty(config.Check());
        Assert.All(OptionCatalog.All, o => Assert.Equal(o.Default, config.Get(o.Section, o.Name)!.Value));
    }
}
