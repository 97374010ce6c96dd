using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

public sealed class LayeredConfigTests
{
    [Theory]
    // Command line > environment > job file > main file > default, each layer overriding the next
    [InlineData(true, true, true, true, "1", "--timeout")]
    [InlineData(false, true, true, true, "2", "RUNNER_JOB_TIMEOUT")]
    [InlineData(false, false, true, true, "3", "jobs/7/config.ini:2:11")]
    [InlineData(false, false, false, true, "4", "config.ini:2:11")]
    [InlineData(false, false, false, false, "0", "default")]
    // A layer wins over every lower one, whichever of them are present
    [InlineData(true, false, false, false, "1", "--timeout")]
    [InlineData(true, false, true, false, "1", "--timeout")]
    [InlineData(false, true, false, false, "2", "RUNNER_JOB_TIMEOUT")]
    [InlineData(false, true, false, true, "2", "RUNNER_JOB_TIMEOUT")]
    [InlineData(false, false, true, false, "3", "jobs/7/config.ini:2:11")]
    public void Precedence(bool commandLine, bool environment, bool job, bool main, string value, string origin)
    {
        var config = Configs.Layered(
            main: main ? "[JOB]\ntimeout = 4" : "[JOB]",
            job: job ? "[JOB]\ntimeout = 3" : "",
            variables: environment ? Configs.Variables("RUNNER_JOB_TIMEOUT", "2") : null,
            commandLine: commandLine ? Configs.Options("JOB", "timeout", "1") : null);

        var resolved = config.Get("JOB", "timeout")!;

        Assert.Equal(value, resolved.Value);
        Assert.Equal(origin, resolved.Origin.ToString());
        Assert.Equal(new OptionKey("JOB", "timeout"), resolved.Key);
    }

    [Fact]
    public void Layers_are_listed_highest_first()
    {
        var config = Configs.Layered(main: "", job: "");

        Assert.Equal(
            [OriginKind.CommandLine, OriginKind.EnvironmentVariable, OriginKind.File, OriginKind.File, OriginKind.Default],
            config.Layers.Select(l => l.Kind));
        Assert.Equal(["command line", "environment", "jobs/7/config.ini", "config.ini", "default"], config.Layers.Select(l => l.Name));
    }

    [Theory]
    // Order, highest first: job, job's include j, main, main's later include b, main's earlier include a, a's include a1
    [InlineData("job j main b a a1", "job")]
    [InlineData("j main b a a1", "j")]
    [InlineData("main b a a1", "main")]
    [InlineData("b a a1", "b")]
    [InlineData("a a1", "a")]
    [InlineData("a1", "a1")]
    [InlineData("j a1", "j")]
    [InlineData("", "default")]
    public void Includes_sit_just_below_the_file_that_names_them(string setters, string winner)
    {
        var sets = setters.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        ConfigFile File(string name, params ConfigFile[] includes) =>
            new(Configs.Ini(sets.Contains(name) ? "[JOB]\nretries = 1" : "", name), includes);

        var config = LayeredConfig.Create(new ConfigSources
        {
            Job = File("job", File("j")),
            Main = File("main", File("a", File("a1")), File("b")),
        });

        Assert.Equal(winner, config.Get("JOB", "retries")!.Origin.Name);
    }

    [Fact]
    public void Include_paths_are_read_from_any_section_in_file_order()
    {
        var document = Configs.Ini("[SCHEDULER]\ninclude = a.ini, b.ini\n[JOB]\nInclude: c.ini,\n  d.ini,\n[x]\ninclude =\n");

        var paths = LayeredConfig.IncludePaths(document);

        Assert.Equal(["a.ini", "b.ini", "c.ini", "d.ini"], paths.Select(p => p.Path));
        Assert.Equal(["config.ini:2:11", "config.ini:2:11", "config.ini:4:10", "config.ini:4:10"], paths.Select(p => p.Origin.ToString()));
    }

    [Theory]
    // Old names answer for the new ones; a higher layer's alias beats a lower layer's name
    [InlineData("[EMAIL]\nip = 10.0.0.1", null, "EMAIL", "host", "10.0.0.1", "ip")]
    [InlineData("[EMAIL]\nNEED_TLS = True", null, "EMAIL", "tls", "True", "NEED_TLS")]
    [InlineData("[SCHEDULER]\ndesc = Nightly", null, "SCHEDULER", "description", "Nightly", "desc")]
    [InlineData("[EMAIL]\ntls = ssl", "[EMAIL]\nneed_tls = False", "EMAIL", "tls", "False", "need_tls")]
    // Within one file the name beats the alias
    [InlineData("[EMAIL]\nip = a\nhost = b", null, "EMAIL", "host", "b", "host")]
    // Looking up by the alias finds the option too
    [InlineData("[EMAIL]\nhost = b", null, "EMAIL", "ip", "b", "host")]
    public void Aliases(string main, string? job, string section, string option, string value, string writtenAs)
    {
        var resolved = Configs.Layered(main: main, job: job).Get(section, option)!;

        Assert.Equal(value, resolved.Value);
        Assert.Equal(writtenAs, resolved.Name);
        Assert.Equal(OptionCatalog.Find(section, option)!.Key, resolved.Key);
    }

    [Theory]
    // Variable names in any case; empty variables are unset; WEBHOOK is not WEB
    [InlineData("RUNNER_JOB_TIMEOUT", "5", "JOB", "timeout", "5")]
    [InlineData("runner_job_timeout", "5", "JOB", "timeout", "5")]
    [InlineData("Runner_Email_Password", "s3cret", "EMAIL", "password", "s3cret")]
    [InlineData("RUNNER_EMAIL_IP", "10.0.0.1", "EMAIL", "host", "10.0.0.1")]
    [InlineData("RUNNER_WEBHOOK_URL", "https://h", "WEBHOOK", "url", "https://h")]
    [InlineData("RUNNER_WEB_PORT", "9000", "WEB", "port", "9000")]
    [InlineData("RUNNER_LOG_LIMIT_BY_DAY", "no", "LOG", "limit_by_day", "no")]
    [InlineData("RUNNER_ENVIRONMENT_VENV", "/opt/venv/bin/python", "ENVIRONMENT", "venv", "/opt/venv/bin/python")]
    [InlineData("RUNNER_JOB_TIMEOUT", "", "JOB", "timeout", "0")]
    [InlineData("RUNNER_JOB_NOTHING", "5", "JOB", "timeout", "0")]
    [InlineData("OTHER_JOB_TIMEOUT", "5", "JOB", "timeout", "0")]
    public void Environment_variables(string name, string value, string section, string option, string expected)
    {
        var config = Configs.Layered(variables: Configs.Variables(name, value));

        Assert.Equal(expected, config.Get(section, option)!.Value);
    }

    [Fact]
    public void Of_two_variables_differing_only_by_case_the_upper_case_one_wins()
    {
        var config = Configs.Layered(variables: new Dictionary<string, string> { ["runner_job_retries"] = "1", ["RUNNER_JOB_RETRIES"] = "2" });

        Assert.Equal("2", config.Get("JOB", "retries")!.Value);
    }

    [Theory]
    [InlineData("JOB", "retry_delay", "--retry-delay")]
    [InlineData("scheduler", "stop_grace", "--stop-grace")]
    public void Command_line_origin_is_the_option_flag(string section, string option, string flag)
    {
        var config = Configs.Layered(commandLine: Configs.Options(section, option, "5"));

        Assert.Equal(flag, config.Get(section, option)!.Origin.ToString());
    }

    [Fact]
    public void Unknown_options_are_kept_and_resolved()
    {
        var config = Configs.Layered(main: "[JOB]\nnotes = ask Ana\n[MINE]\nx = 1");

        Assert.Equal("ask Ana", config.Get("job", "NOTES")!.Value);
        Assert.Equal("config.ini:4:5", config.Get("mine", "x")!.Origin.ToString());
        Assert.Null(config.Get("JOB", "absent"));
    }

    [Fact]
    public void Environments_merge_defaults_files_and_variables()
    {
        var config = Configs.Layered(
            main: "[ENVIRONMENT]\npython = /usr/bin/python3.12 -u\nvenv = /opt/venv/bin/python",
            job: "[environment]\nruby = ruby",
            variables: Configs.Variables("RUNNER_ENVIRONMENT_NODE", "/opt/node/bin/node"));

        var environments = config.Environments();

        Assert.Equal(
            ["python=/usr/bin/python3.12 -u", "dotnet=dotnet run", "bash=bash", "sh=sh", "node=/opt/node/bin/node", "java=java",
             "perl=perl", "pwsh=pwsh -NoProfile -File", "venv=/opt/venv/bin/python", "ruby=ruby"],
            environments.Select(e => $"{e.Key.Option}={e.Value}"));
    }

    [Fact]
    public void Effective_lists_every_option_and_environment_with_secrets_masked()
    {
        var config = Configs.Layered(main: "[EMAIL]\npassword = hunter2\n[WEB]\ntoken =");

        var effective = config.Effective();

        Assert.Equal(OptionCatalog.All.Count + OptionCatalog.DefaultEnvironments(false).Count, effective.Count);
        Assert.Equal("***", effective.Single(v => v.Key == new OptionKey("EMAIL", "password")).Shown);
        Assert.Equal("hunter2", effective.Single(v => v.Key == new OptionKey("EMAIL", "password")).Value);
        Assert.Equal("", effective.Single(v => v.Key == new OptionKey("WEB", "token")).Shown);
        Assert.Equal("127.0.0.1", effective.Single(v => v.Key == new OptionKey("WEB", "host")).Shown);
    }

    [Fact]
    public void Windows_defaults_have_the_windows_environments()
    {
        var config = LayeredConfig.Create(new ConfigSources { Windows = true });

        Assert.Equal("cmd /c", config.Get("ENVIRONMENT", "cmd")!.Value);
        Assert.Equal("python -u", config.Get("ENVIRONMENT", "python")!.Value);
    }
}
