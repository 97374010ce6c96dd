using Runner.Cli;
using Runner.Engine.Ports;
using Runner.Hosting;
using Runner.Infrastructure.Home;
using Runner.Tests.Support;

namespace Runner.Tests;

/// <summary>
/// The stop a service manager requests (WindowsSchedulerService cancels the token it passes to
/// <see cref="SchedulerHost.Run"/>), run in this process on a real home: the same graceful stop as SIGTERM.
/// </summary>
public sealed class ServiceStopTests
{
    [Fact]
    public async Task Cancelling_the_service_token_stops_the_scheduler_gracefully_and_ends_its_run()
    {
        using var home = new TempHome();
        Directory.CreateDirectory(home.File("jobs/0"));
        home.Write("jobs/0/job.sh", "#!/bin/sh\necho started >> ../../witness\nexec sleep 60\n");
        home.Write("schedule.tsv", "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n0\tsleeper\tt\tsh\tjobs/0/job.sh\t*\t*\t*\t*\t*\t\tY\n");
        var variables = new Dictionary<string, string> { ["RUNNER_SCHEDULER_STOP_GRACE"] = "1" };
        using var output = new StringWriter();
        var terminal = new Cli.Terminal.Terminal(new StringReader(""), TextWriter.Synchronized(output), TextWriter.Synchronized(output), interactive: false);
        using var services = new HomeServices(new RunnerHome(home.Path), variables, TimeProvider.System, new Lazy<TimeZoneInfo>(TimeZoneInfo.Utc), new Lazy<HostFacts>(new HostFacts("host", "user", "system", "runtime")));
        using var stop = new CancellationTokenSource();

        var scheduler = Task.Run(() => new SchedulerHost(services, terminal).Run(stop.Token));
        Poll.Until(() => File.Exists(home.File("witness")), "the job started");
        stop.Cancel();

        Assert.Equal(ExitCode.Success, await scheduler.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(File.Exists(home.File("logs/scheduler.pid")));
        var log = home.Read("logs/scheduler.log");
        Assert.Contains("stop requested by the service manager: stopping gracefully", log, StringComparison.Ordinal);
        Assert.Contains("scheduler stopped", log, StringComparison.Ordinal);
        var run = services.Store.History(new HistoryQuery()).Single();
        Assert.Equal(Core.Runs.RunOutcome.Killed, run.Outcome);
    }
}
