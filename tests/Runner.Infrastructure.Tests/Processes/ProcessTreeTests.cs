using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Runner.Engine.Ports;
using Runner.Infrastructure.Processes;
using Runner.Infrastructure.Processes.Unix;
using Runner.Infrastructure.Tests.Support;
using Xunit.Abstractions;

namespace Runner.Infrastructure.Tests.Processes;

/// <summary>Exit statuses, and ending a whole process tree: nothing of the group left, no zombie.</summary>
[Collection(ProcessesGroup.Name)]
[SupportedOSPlatform("linux")]
public sealed class ProcessTreeTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly ProcessLauncher _launcher = new(TimeProvider.System);

    [LinuxTheory]
    [InlineData("exit 0", 0, null)]
    [InlineData("exit 3", 3, null)]
    [InlineData("exit 137", 137, null)]
    [InlineData("kill -9 $$", 137, 9)]
    [InlineData("kill -TERM $$", 143, 15)]
    public async Task The_exit_reads_as_a_shell_reports_it(string script, int code, int? signal)
    {
        using var process = _launcher.Start(Shell.Job(script), new RecordingSink());

        var exit = await process.Completion.WaitAsync(Patience);

        Assert.Equal(new ProcessExit(code, signal), exit);
        Assert.Empty(ProcessTable.OurZombies());
    }

    [LinuxFact]
    public async Task Terminate_ends_the_child_and_its_children()
    {
        var sink = new RecordingSink();
        using var process = _launcher.Start(Shell.Job("sleep 1000 & sleep 1000 & echo ready; wait"), sink);
        Assert.True(sink.WaitFor(lines => lines.Count == 1, Patience));
        Assert.Equal(3, ProcessTable.InGroup(process.Id).Count);

        process.Terminate();
        var exit = await process.Completion.WaitAsync(Patience);

        Assert.Equal(new ProcessExit(143, 15), exit);
        AssertGroupGone(process.Id);
    }

    [LinuxFact]
    public async Task Kill_ends_a_tree_that_ignores_terminate()
    {
        var sink = new RecordingSink();
        using var process = _launcher.Start(Shell.Job("trap '' TERM; sleep 1000 & sleep 1000 & echo ready; wait"), sink);
        Assert.True(sink.WaitFor(lines => lines.Count == 1, Patience));

        process.Terminate();
        process.Kill();
        var exit = await process.Completion.WaitAsync(Patience);

        Assert.Equal(new ProcessExit(137, 9), exit);
        AssertGroupGone(process.Id);
    }

    [LinuxFact]
    public async Task Kill_right_after_start_already_reaches_the_group()
    {
        using var process = _launcher.Start(Shell.Job("sleep 1000 & sleep 1000"), new RecordingSink());

        process.Kill();
        var exit = await process.Completion.WaitAsync(Patience);

        Assert.Equal(new ProcessExit(137, 9), exit);
        AssertGroupGone(process.Id);
    }

    [LinuxFact]
    public async Task Kill_reaches_children_left_behind_by_a_child_that_exited()
    {
        // The sleeps inherit the output pipes: the completion waits for them a bounded time only.
        var sink = new RecordingSink();
        var clock = Stopwatch.StartNew();
        using var process = _launcher.Start(Shell.Job("sleep 1000 & sleep 1000 & echo started"), sink);

        var exit = await process.Completion.WaitAsync(Patience);
        log.WriteLine($"completed {clock.Elapsed.TotalSeconds:N2} s after the start, the pipes still held open");

        Assert.Equal(new ProcessExit(0, null), exit);
        Assert.Equal(["started"], sink.StdOut);
        Assert.Empty(ProcessTable.OurZombies());
        Assert.Equal(["sleep", "sleep"], ProcessTable.InGroup(process.Id).Select(p => p.Name));

        process.Kill();

        AssertGroupGone(process.Id);
    }

    [LinuxFact]
    public async Task A_child_left_behind_without_the_pipes_does_not_delay_the_completion()
    {
        var launcher = new ProcessLauncher(TimeProvider.System, drainAfterExit: TimeSpan.FromMinutes(10));
        using var process = launcher.Start(Shell.Job("sleep 1000 >/dev/null 2>&1 & echo started"), new RecordingSink());

        var exit = await process.Completion.WaitAsync(Patience);

        Assert.Equal(0, exit.Code);
        process.Kill();
        AssertGroupGone(process.Id);
    }

    [LinuxFact]
    public async Task Two_hundred_launches_in_a_row_leave_no_zombie()
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            using var process = _launcher.Start(new ProcessSpec("/bin/true", [], "/", new Dictionary<string, string>()), new RecordingSink());
            Assert.Equal(0, (await process.Completion.WaitAsync(Patience)).Code);
        }

        log.WriteLine($"200 launches of /bin/true, one after the other: {200 / clock.Elapsed.TotalSeconds:N0} a second");
        Assert.Empty(ProcessTable.OurZombies());
    }

    [LinuxFact]
    public async Task Launches_side_by_side_keep_their_output_apart()
    {
        var sinks = Enumerable.Range(0, 40).Select(_ => new RecordingSink()).ToList();
        var processes = sinks.Select((sink, i) => _launcher.Start(Shell.Job("echo \"$1\"; sleep 0.2; echo \"$1\" >&2", i.ToString(CultureInfo.InvariantCulture)), sink)).ToList();

        var exits = await Task.WhenAll(processes.Select(p => p.Completion)).WaitAsync(Patience);

        Assert.All(exits, exit => Assert.Equal(0, exit.Code));
        for (var i = 0; i < sinks.Count; i++)
        {
            var text = i.ToString(CultureInfo.InvariantCulture);
            Assert.Equal([(text, false), (text, true)], sinks[i].Lines);
            processes[i].Dispose();
        }

        Assert.Empty(ProcessTable.OurZombies());
    }

    [LinuxFact]
    public async Task Signals_after_the_end_are_harmless_and_after_dispose_refused()
    {
        var process = _launcher.Start(Shell.Job("exit 0"), new RecordingSink());
        await process.Completion.WaitAsync(Patience);

        process.Terminate();
        process.Kill();
        process.Dispose();

        Assert.Throws<ObjectDisposedException>(process.Kill);
    }

    private static void AssertGroupGone(int group)
    {
        Assert.True(
            ProcessTable.Until(() => ProcessTable.InGroup(group).All(p => p.State == 'Z'), Patience),
            $"still running in group {group}: {string.Join(", ", ProcessTable.InGroup(group))}");

        // Killed grandchildren are zombies of init until it reaps them (here within a second or so).
        Assert.True(
            ProcessTable.Until(() => ProcessTable.InGroup(group).Count == 0, Patience),
            $"left in group {group}: {string.Join(", ", ProcessTable.InGroup(group))}");
        Assert.Equal(-1, LibC.Kill(-group, 0));
        Assert.Equal(LibC.ESrch, Marshal.GetLastPInvokeError());
        Assert.Empty(ProcessTable.OurZombies());
    }
}
