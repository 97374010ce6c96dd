using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

public sealed class OptionCatalogTests
{
    [Theory]
    // Every option the SPEC and the seed name, with its default
    [InlineData("SCHEDULER", "name", "scheduler")]
    [InlineData("SCHEDULER", "description", "")]
    [InlineData("SCHEDULER", "timezone", "")]
    [InlineData("SCHEDULER", "owner", "")]
    [InlineData("SCHEDULER", "stop_grace", "30")]
    [InlineData("SCHEDULER", "schedule", "schedule.tsv")]
    [InlineData("MANAGER", "editor", "")]
    [InlineData("LOG", "console", "False")]
    [InlineData("LOG", "limit_by_day", "True")]
    [InlineData("LOG", "limit_by_size", "True")]
    [InlineData("LOG", "max_size", "10MB")]
    [InlineData("LOG", "showtime", "False")]
    [InlineData("LOG", "showdelay", "False")]
    [InlineData("LOG", "keep_days", "30")]
    [InlineData("LOG", "keep_runs", "100")]
    [InlineData("LOG", "run_max_size", "10MB")]
    [InlineData("JOB", "timeout", "0")]
    [InlineData("JOB", "overlap", "skip")]
    [InlineData("JOB", "retries", "0")]
    [InlineData("JOB", "retry_delay", "60")]
    [InlineData("JOB", "misfire", "skip")]
    [InlineData("JOB", "misfire_cap", "10")]
    [InlineData("JOB", "misfire_grace", "60")]
    [InlineData("JOB", "persons", "")]
    [InlineData("JOB", "alarm_after", "1")]
    [InlineData("JOB", "alarm_interval", "600")]
    [InlineData("EMAIL", "host", "")]
    [InlineData("EMAIL", "port", "25")]
    [InlineData("EMAIL", "need_login", "False")]
    [InlineData("EMAIL", "user", "")]
    [InlineData("EMAIL", "password", "")]
    [InlineData("EMAIL", "address", "")]
    [InlineData("EMAIL", "tls", "none")]
    [InlineData("EMAIL", "need_debug", "False")]
    [InlineData("EMAIL", "retry_delay", "30")]
    [InlineData("WEBHOOK", "url", "")]
    [InlineData("WEBHOOK", "timeout", "10")]
    [InlineData("WEBHOOK", "retries", "3")]
    [InlineData("WEBHOOK", "retry_delay", "30")]
    [InlineData("DATABASE", "url", "")]
    [InlineData("WEB", "enabled", "False")]
    [InlineData("WEB", "host", "127.0.0.1")]
    [InlineData("WEB", "port", "8080")]
    [InlineData("WEB", "password", "")]
    [InlineData("WEB", "token", "")]
    // The seed's names, read as aliases
    [InlineData("scheduler", "desc", "")]
    [InlineData("Email", "ip", "")]
    [InlineData("EMAIL", "NEED_TLS", "none")]
    public void Option_is_in_the_catalog_with_its_default(string section, string name, string value)
    {
        Assert.Equal(value, OptionCatalog.Find(section, name)!.Default);
    }

    [Fact]
    public void Catalog_has_no_other_options() => Assert.Equal(45, OptionCatalog.All.Count);

    [Fact]
    public void Every_default_is_a_valid_value() =>
        Assert.All(OptionCatalog.All, o => Assert.Null(o.Problem(o.Default)));

    [Fact]
    public void Names_and_aliases_are_unique_per_section() =>
        Assert.All(
            OptionCatalog.All.GroupBy(o => o.Section),
            g => Assert.Equal(
                g.SelectMany(o => o.Aliases.Prepend(o.Name)).Count(),
                g.SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Count()));

    [Fact]
    public void Every_option_has_a_one_line_description() =>
        Assert.All(OptionCatalog.All, o => Assert.Matches(@"^[^\r\n|]+\.$", o.Description));

    [Fact]
    public void Secrets_are_the_passwords_tokens_and_the_database_url() =>
        Assert.Equal(
            ["[EMAIL] password", "[DATABASE] url", "[WEB] password", "[WEB] token"],
            OptionCatalog.All.Where(o => o.IsSecret).Select(o => o.Key.ToString()));

    [Theory]
    [InlineData("RUNNER_HOME")]
    [InlineData("RUNNER_JOB_ID")]
    [InlineData("RUNNER_JOB_NAME")]
    [InlineData("RUNNER_TRIGGER")]
    [InlineData("RUNNER_RUN_ID")]
    [InlineData("RUNNER_LOG")]
    public void Variables_given_to_jobs_are_not_read_as_options(string variable)
    {
        var layer = ConfigLayer.FromVariables(Configs.Variables(variable, "5"));

        Assert.Empty(layer.Values);
    }

    [Theory]
    [InlineData(false, "python=python3 -u|dotnet=dotnet run|bash=bash|sh=sh|node=node|java=java|perl=perl|pwsh=pwsh -NoProfile -File")]
    [InlineData(true, "python=python -u|dotnet=dotnet run|bash=bash|sh=sh|node=node|java=java|perl=perl|pwsh=pwsh -NoProfile -File"
        + "|cmd=cmd /c|powershell=powershell -NoProfile -ExecutionPolicy Bypass -File")]
    public void Default_environments(bool windows, string expected) =>
        Assert.Equal(expected, string.Join('|', OptionCatalog.DefaultEnvironments(windows).Select(e => $"{e.Key}={e.Value}")));
}
