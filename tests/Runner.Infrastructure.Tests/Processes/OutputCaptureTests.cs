using System.Diagnostics;
using System.Runtime.Versioning;
using Runner.Engine.Ports;
using Runner.Infrastructure.Processes;
using Runner.Infrastructure.Tests.Support;
using Xunit.Abstractions;

namespace Runner.Infrastructure.Tests.Processes;

/// <summary>Standard output and error reach the sink line by line, as they are written, in bounded memory.</summary>
[Collection(ProcessesGroup.Name)]
[SupportedOSPlatform("linux")]
public sealed class OutputCaptureTests(ITestOutputHelper log) : IDisposable
{
    private const long TwoHundredMegabytes = 200_000_000;
    private const long MemoryBudget = 100_000_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("runner-output-").FullName;
    private readonly ProcessLauncher _launcher = new(TimeProvider.System);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [LinuxFact]
    public async Task A_line_arrives_while_the_job_still_runs()
    {
        var release = Path.Combine(_folder, "release");
        var sink = new RecordingSink();
        using var process = _launcher.Start(
            Shell.Job("echo first; echo warned >&2; while [ ! -e \"$1\" ]; do sleep 0.01; done; echo second", release),
            sink);

        Assert.True(sink.WaitFor(lines => lines.Count == 2, Patience), "the first lines must arrive before the job ends");
        Assert.False(process.Completion.IsCompleted);
        Assert.Equal([("first", false), ("warned", true)], sink.Lines.OrderBy(l => l.FromStdErr));

        File.WriteAllText(release, "");
        var exit = await process.Completion.WaitAsync(Patience);

        Assert.Equal(0, exit.Code);
        Assert.Equal(["first", "second"], sink.StdOut);
        Assert.Equal(["warned"], sink.StdErr);
    }

    [LinuxFact]
    public async Task Bytes_are_decoded_leniently_and_line_ends_normalized()
    {
        var sink = new RecordingSink();
        using var process = _launcher.Start(Shell.Job("printf 'ok \\377\\376 end\\ndos\\r\\n\\nutf8 é €\\nlast'"), sink);

        await process.Completion.WaitAsync(Patience);

        Assert.Equal(["ok \uFFFD\uFFFD end", "dos", "", "utf8 é €", "last"], sink.StdOut);
    }

    [LinuxFact]
    public async Task A_line_longer_than_the_cap_arrives_cut_and_the_job_goes_on()
    {
        var sink = new RecordingSink();
        var launcher = new ProcessLauncher(TimeProvider.System, maxLineBytes: 10);
        using var process = launcher.Start(Shell.Job("printf '%s\\n' 0123456789abcdef short; printf '%s' 0123456789abcdef >&2"), sink);

        await process.Completion.WaitAsync(Patience);

        Assert.Equal(["0123456789", "short"], sink.StdOut);
        Assert.Equal(["0123456789"], sink.StdErr);
    }

    [LinuxFact]
    public async Task A_sink_that_throws_fails_the_completion_after_the_job_is_reaped()
    {
        using var process = _launcher.Start(Shell.Job("echo one; echo two"), new ThrowingSink());

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => process.Completion.WaitAsync(Patience));

        Assert.Equal("sink broken", e.Message);
        Assert.Empty(ProcessTable.OurZombies());
    }

    [LinuxFact]
    public async Task Two_hundred_megabytes_without_a_newline_cost_one_capped_line()
    {
        var sink = new CountingSink();
        var (exit, growth) = await Measure($"head -c {TwoHundredMegabytes} /dev/zero | tr '\\0' x; echo; echo after", sink);

        Assert.Equal(0, exit.Code);
        Assert.Equal(2, sink.Count);
        Assert.Equal(ProcessLauncher.DefaultMaxLineBytes, sink.Longest);
        Assert.Equal("after", sink.Last);
        Assert.True(growth < MemoryBudget, $"memory grew by {growth:N0} bytes");
    }

    [LinuxFact]
    public async Task Two_hundred_megabytes_of_lines_all_arrive_in_bounded_memory()
    {
        const string line = "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789";
        var sink = new CountingSink();
        var (exit, growth) = await Measure($"yes {line} | head -c {TwoHundredMegabytes}", sink);

        var fullLines = TwoHundredMegabytes / (line.Length + 1);
        Assert.Equal(0, exit.Code);
        Assert.Equal(fullLines + 1, sink.Count);
        Assert.Equal(line.Length, sink.Longest);
        Assert.Equal(line[..(int)(TwoHundredMegabytes - (fullLines * (line.Length + 1)))], sink.Last);
        Assert.True(growth < MemoryBudget, $"memory grew by {growth:N0} bytes");
    }

    /// <summary>Runs SCRIPT; returns its exit and how much the test process's peak resident memory rose meanwhile.</summary>
    private async Task<(ProcessExit Exit, long Growth)> Measure(string script, CountingSink sink)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var residentBefore = PeakResident.Reset();
        var clock = Stopwatch.StartNew();

        using var process = _launcher.Start(Shell.Job(script), sink);
        var exit = await process.Completion.WaitAsync(TimeSpan.FromSeconds(60));

        var growth = PeakResident.Read() - residentBefore;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        log.WriteLine(
            $"{TwoHundredMegabytes / 1e6:N0} MB in {clock.Elapsed.TotalSeconds:N2} s ({TwoHundredMegabytes / 1e6 / clock.Elapsed.TotalSeconds:N0} MB/s), " +
            $"{sink.Count:N0} lines; peak resident memory +{growth / 1e6:N1} MB, managed heap {(heapAfter - heapBefore) / 1e6:N1} MB after");
        return (exit, growth);
    }

    private sealed class ThrowingSink : IOutputSink
    {
        public void Line(string text, bool fromStdErr) => throw new InvalidOperationException("sink broken");
    }
}
