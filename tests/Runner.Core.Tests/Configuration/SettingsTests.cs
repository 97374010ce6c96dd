using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

public sealed class SettingsTests
{
    [Fact]
    public void Job_policy_defaults()
    {
        var policy = JobPolicy.From(Configs.Layered(), out var errors);

        Assert.Empty(errors);
        Assert.Equivalent(
            new JobPolicy(null, OverlapPolicy.Skip, 0, TimeSpan.FromSeconds(60), MisfirePolicy.Skip, 10, TimeSpan.FromSeconds(60), [], 1, TimeSpan.FromMinutes(10)),
            policy);
    }

    [Theory]
    // Each [JOB] option from the job's file over the main file
    [InlineData("timeout = 5m", "Timeout", "00:05:00")]
    [InlineData("overlap = Queue", "Overlap", "Queue")]
    [InlineData("overlap = replace", "Overlap", "Replace")]
    [InlineData("retries = 3", "Retries", "3")]
    [InlineData("retry_delay = 1h30m", "RetryDelay", "01:30:00")]
    [InlineData("misfire = ALL", "Misfire", "All")]
    [InlineData("misfire_cap = 4", "MisfireCap", "4")]
    [InlineData("misfire_grace = 2h", "MisfireGrace", "02:00:00")]
    [InlineData("persons = a@x.org; b@x.org", "Persons", "a@x.org,b@x.org")]
    [InlineData("alarm_after = 3", "AlarmAfter", "3")]
    [InlineData("alarm_interval = 1d", "AlarmInterval", "1.00:00:00")]
    public void Job_policy_values(string line, string property, string expected)
    {
        var policy = JobPolicy.From(Configs.Layered(main: "[JOB]\ntimeout = 1\nretries = 9", job: "[JOB]\n" + line), out _)!;

        var value = typeof(JobPolicy).GetProperty(property)!.GetValue(policy);
        Assert.Equal(expected, value is IEnumerable<string> list ? string.Join(',', list) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Job_policy_reports_every_bad_value_and_returns_null()
    {
        var policy = JobPolicy.From(Configs.Layered(job: "[JOB]\ntimeout = x\noverlap = y\nalarm_after = 0"), out var errors);

        Assert.Null(policy);
        Assert.Equal(["jobs/7/config.ini:2:11", "jobs/7/config.ini:3:11", "jobs/7/config.ini:4:15"], errors.Select(e => $"{e.Source}:{e.Line}:{e.Column}"));
    }

    [Fact]
    public void Scheduler_settings()
    {
        var settings = SchedulerSettings.From(
            Configs.Layered(main: "[SCHEDULER]\nname = nightly\ndesc = Batch\ntimezone = Europe/Berlin\nowner = ops@x.org\n[MANAGER]\neditor = vim"),
            out var errors);

        Assert.Empty(errors);
        Assert.Equivalent(new SchedulerSettings("nightly", "Batch", "Europe/Berlin", ["ops@x.org"], TimeSpan.FromSeconds(30), "schedule.tsv", "vim"), settings);
    }

    [Fact]
    public void Log_settings()
    {
        var settings = LogSettings.From(Configs.Layered(main: "[LOG]\nconsole = yes\nmax_size = 512k\nkeep_runs = 0"), out var errors);

        Assert.Empty(errors);
        Assert.Equal(new LogSettings(true, true, true, 524288, false, false, 30, 0, 10485760), settings);
    }

    [Theory]
    // The seed's need_tls True/False, and the tls names
    [InlineData("need_tls = True", TlsMode.StartTls)]
    [InlineData("need_tls = False", TlsMode.None)]
    [InlineData("tls = ssl", TlsMode.Ssl)]
    [InlineData("tls = STARTTLS", TlsMode.StartTls)]
    [InlineData("", TlsMode.None)]
    public void Email_tls(string line, TlsMode expected)
    {
        var settings = EmailSettings.From(Configs.Layered(main: "[EMAIL]\n" + line), out _)!;

        Assert.Equal(expected, settings.Tls);
    }

    [Fact]
    public void Email_settings_from_the_seed_names_with_the_password_from_the_environment()
    {
        var settings = EmailSettings.From(
            Configs.Layered(
                main: "[EMAIL]\nip = 127.0.0.1\nport = 587\nneed_login = True\nuser = kenobi\naddress = runner@x.org",
                variables: Configs.Variables("RUNNER_EMAIL_PASSWORD", "4mayBeWithYou")),
            out var errors)!;

        Assert.Empty(errors);
        Assert.Equal(new EmailSettings("127.0.0.1", 587, true, "kenobi", "4mayBeWithYou", "runner@x.org", TlsMode.None, false), settings);
        Assert.True(settings.IsEnabled);
        Assert.DoesNotContain("4mayBeWithYou", settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("Password = ***", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Email_login_needs_a_user()
    {
        var settings = EmailSettings.From(Configs.Layered(main: "[EMAIL]\nhost = h\nneed_login = yes"), out var errors);

        Assert.Null(settings);
        Assert.Equal(
            "config.ini:3:14: [EMAIL] need_login = True but user is empty; set [EMAIL] user (and password, or RUNNER_EMAIL_PASSWORD)",
            Assert.Single(errors).ToString());
    }

    [Theory]
    [InlineData("enabled = True\npassword = pw", true)]
    [InlineData("enabled = True\ntoken = t", true)]
    [InlineData("enabled = False", true)]
    [InlineData("enabled = True", false)]
    public void Web_needs_a_password_or_token_when_enabled(string lines, bool valid)
    {
        var settings = WebSettings.From(Configs.Layered(main: "[WEB]\n" + lines), out var errors);

        Assert.Equal(valid, settings is not null);
        Assert.Equal(valid ? 0 : 1, errors.Count);
    }

    [Fact]
    public void Web_settings_hide_their_secrets()
    {
        var settings = WebSettings.From(Configs.Layered(main: "[WEB]\nenabled = on\nport = 9000\npassword = pw\ntoken = tk"), out _)!;

        Assert.Equal(new WebSettings(true, "127.0.0.1", 9000, "pw", "tk"), settings);
        Assert.Equal("WebSettings { Enabled = True, Host = 127.0.0.1, Port = 9000, Password = ***, Token = *** }", settings.ToString());
    }

    [Fact]
    public void Webhook_and_database_settings()
    {
        var config = Configs.Layered(main: "[WEBHOOK]\nurl = https://hooks.example.com/a\ntimeout = 5s\n[DATABASE]\nurl = postgresql://u:pw@db/runner");

        var webhook = WebhookSettings.From(config, out var webhookErrors)!;
        var database = DatabaseSettings.From(config, out var databaseErrors)!;

        Assert.Empty(webhookErrors.Concat(databaseErrors));
        Assert.Equal(new WebhookSettings(new Uri("https://hooks.example.com/a"), TimeSpan.FromSeconds(5), 3), webhook);
        Assert.Equal("postgresql", database.Url!.Scheme);
        Assert.Equal("DatabaseSettings { Url = *** }", database.ToString());
        Assert.Null(DatabaseSettings.From(Configs.Layered(), out _)!.Url);
    }
}
