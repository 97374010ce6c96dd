using Runner.Core.Configuration;
using Runner.Infrastructure.Configuration;
using Runner.Infrastructure.Home;

namespace Runner.Infrastructure.Tests.Configuration;

/// <summary>The scheduler keeps one settings source for its whole life: edits of config files must reach it.</summary>
public sealed class HomeSettingsSourceTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), $"runner-settings-{Guid.NewGuid():N}");

    public HomeSettingsSourceTests() => Directory.CreateDirectory(Path.Combine(_home, "jobs", "3"));

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public void An_edited_main_or_job_config_is_loaded_again()
    {
        var source = new HomeSettingsSource(new RunnerHome(_home), new Dictionary<string, string>(), new Dictionary<OptionKey, string>(), TimeZoneInfo.Utc);
        Write("config.ini", "[JOB]\ntimeout = 5\n", 1);
        var first = Timeout(source);

        Write("config.ini", "[JOB]\ntimeout = 7\n", 2);
        var afterMain = Timeout(source);
        Write("jobs/3/config.ini", "[JOB]\ntimeout = 9\n", 3);
        var afterJob = Timeout(source);

        Assert.Equal([5, 7, 9], new[] { first, afterMain, afterJob }.Select(t => (int)t!.Value.TotalSeconds));
    }

    [Fact]
    public void An_unknown_time_zone_is_a_problem_pointing_at_the_option_and_the_machine_zone_is_used()
    {
        Write("config.ini", "[SCHEDULER]\ntimezone = Mars/Olympus\n", 1);

        var settings = new HomeSettingsSource(new RunnerHome(_home), new Dictionary<string, string>(), new Dictionary<OptionKey, string>(), TimeZoneInfo.Utc).Load();

        Assert.Equal(TimeZoneInfo.Utc, settings.Zone);
        var problem = Assert.Single(settings.Problems);
        Assert.StartsWith("config.ini:2:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("'Mars/Olympus' is not a time zone of this machine", problem.Message, StringComparison.Ordinal);
    }

    private static TimeSpan? Timeout(HomeSettingsSource source) => JobPolicy.From(source.LoadJob(3, source.Load()).Config, out _)!.Timeout;

    private void Write(string relative, string text, int minutes)
    {
        var path = Path.Combine(_home, relative);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 1, 1, 0, minutes, 0, DateTimeKind.Utc));
    }
}
