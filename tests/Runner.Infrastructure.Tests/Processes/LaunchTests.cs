using System.Globalization;
using System.Runtime.Versioning;
using System.Text.Json;
using Runner.Engine.Ports;
using Runner.Infrastructure.Processes;
using Runner.Infrastructure.Tests.Support;

namespace Runner.Infrastructure.Tests.Processes;

/// <summary>What reaches the child: arguments, environment, working directory, stdin, signals, descriptors.</summary>
[Collection(ProcessesGroup.Name)]
[SupportedOSPlatform("linux")]
public sealed class LaunchTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly Dictionary<string, string> NoVariables = [];

    private readonly string _folder = Directory.CreateTempSubdirectory("runner-launch-").FullName;
    private readonly ProcessLauncher _launcher = new(TimeProvider.System);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<bool> ChdirModes => [false, true];

    [LinuxTheory]
    [MemberData(nameof(ChdirModes))]
    public async Task Arguments_arrive_intact_and_no_shell_reads_them(bool chdirByShell)
    {
        var marker = Path.Combine(_folder, "x");
        string[] arguments =
        [
            "plain", "two words", "", "'single'", "\"double\"", "$HOME", "${HOME}", "`id`", "$(id)",
            "a;b", $"; touch {marker}", "| cat", "*", "?", "~", "back\\slash", "line\none", "tab\there",
            "  padded  ", "ünïcødé €", "-c", "--", "",
        ];
        var spec = new ProcessSpec("python3", ["-c", "import sys, json; print(json.dumps(sys.argv[1:]))", .. arguments], _folder, NoVariables);

        var (exit, sink) = await Run(spec, Launcher(chdirByShell));

        Assert.Equal(0, exit.Code);
        Assert.Equal(arguments, JsonSerializer.Deserialize<string[]>(Assert.Single(sink.StdOut)));
        Assert.False(File.Exists(marker));
    }

    [LinuxFact]
    public void A_program_name_with_spaces_is_one_name_not_a_command_line()
    {
        var spec = new ProcessSpec("/bin/echo hello", [], _folder, NoVariables);

        var e = Assert.Throws<ProcessStartException>(() => _launcher.Start(spec, new RecordingSink()));

        Assert.Contains("cannot start '/bin/echo hello': No such file or directory", e.Message, StringComparison.Ordinal);
    }

    [LinuxTheory]
    [MemberData(nameof(ChdirModes))]
    public async Task Variables_and_working_directory_reach_the_child(bool chdirByShell)
    {
        var spec = new ProcessSpec(
            "/bin/sh",
            ["-c", "printf '%s\\n' \"$RUNNER_JOB_ID\" \"$HOME\" \"$(pwd -P)\" \"${PATH:+inherited PATH}\""],
            _folder,
            new Dictionary<string, string> { ["RUNNER_JOB_ID"] = "7 = seven", ["HOME"] = "/elsewhere" });

        var (exit, sink) = await Run(spec, Launcher(chdirByShell));

        Assert.Equal(0, exit.Code);
        Assert.Equal(["7 = seven", "/elsewhere", _folder, "inherited PATH"], sink.StdOut);
    }

    [LinuxFact]
    public async Task A_program_name_is_looked_up_on_the_PATH_the_child_gets()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        var script = Path.Combine(bin, "runner-test-job");
        File.WriteAllText(script, "#!/bin/sh\necho \"found as $0\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        var spec = new ProcessSpec("runner-test-job", [], _folder, new Dictionary<string, string> { ["PATH"] = $"{bin}:/usr/bin:/bin" });

        var (exit, sink) = await Run(spec, _launcher);

        Assert.Equal(0, exit.Code);
        Assert.Equal([$"found as {script}"], sink.StdOut);
    }

    [LinuxTheory]
    [MemberData(nameof(ChdirModes))]
    public async Task A_relative_program_path_is_found_from_the_working_directory(bool chdirByShell)
    {
        File.WriteAllText(Path.Combine(_folder, "job.sh"), "#!/bin/sh\necho \"ran in $(pwd -P)\"\n");
        File.SetUnixFileMode(Path.Combine(_folder, "job.sh"), UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var (exit, sink) = await Run(new ProcessSpec("./job.sh", [], _folder, NoVariables), Launcher(chdirByShell));

        Assert.Equal(0, exit.Code);
        Assert.Equal([$"ran in {_folder}"], sink.StdOut);
    }

    [LinuxFact]
    public async Task Standard_input_is_empty()
    {
        var (exit, sink) = await Run(new ProcessSpec("cat", [], _folder, NoVariables), _launcher);

        Assert.Equal(0, exit.Code);
        Assert.Empty(sink.Lines);
    }

    [LinuxFact]
    public async Task The_child_starts_with_no_signal_blocked_or_ignored()
    {
        // The runtime ignores SIGPIPE: a job must not inherit that. Signals 32 and 33 are
        // glibc's own, which its posix_spawn sets apart on purpose.
        var spec = new ProcessSpec("grep", ["-E", "^Sig(Blk|Ign)", "/proc/self/status"], _folder, NoVariables);

        var (exit, sink) = await Run(spec, _launcher);

        Assert.Equal(0, exit.Code);
        var masks = sink.StdOut.ToDictionary(l => l[..6], l => ulong.Parse(l[7..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        Assert.Equal(0ul, masks["SigBlk"]);
        Assert.Equal(0ul, masks["SigIgn"] & 0x7FFF_FFFF);
    }

    [LinuxFact]
    public async Task The_child_gets_no_descriptor_of_the_runner_but_0_1_2()
    {
        // Whatever started the test process may have handed it inheritable descriptors; those
        // pass on to every child. Nothing the runtime or the launcher opened may.
        var spec = new ProcessSpec("python3", ["-c", Descriptors.ListingScript], _folder, NoVariables);
        var inherited = Descriptors.InheritableOfThisProcess();

        var (exit, sink) = await Run(spec, _launcher);

        Assert.Equal(0, exit.Code);
        Assert.Equal(["0 /dev/null", "1 pipe:", "2 pipe:"], sink.StdOut.Take(3).Select(l => l.Split('[')[0]));
        Assert.Equal(inherited, sink.StdOut.Skip(3));
    }

    [LinuxFact]
    public void A_missing_program_says_what_to_check()
    {
        var e = Assert.Throws<ProcessStartException>(() => _launcher.Start(Program("runner-no-such-program"), new RecordingSink()));

        Assert.Equal(
            "cannot start 'runner-no-such-program': No such file or directory; check FILE / the environment's command (a name without a folder is looked up on PATH)",
            e.Message);
    }

    [LinuxFact]
    public void A_missing_path_says_what_to_check()
    {
        var program = Path.Combine(_folder, "missing.sh");

        var e = Assert.Throws<ProcessStartException>(() => _launcher.Start(Program(program), new RecordingSink()));

        Assert.StartsWith($"cannot start '{program}': No such file or directory; check FILE", e.Message, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_file_that_is_not_executable_says_so()
    {
        var program = Path.Combine(_folder, "script.sh");
        File.WriteAllText(program, "#!/bin/sh\necho hi\n");

        var e = Assert.Throws<ProcessStartException>(() => _launcher.Start(Program(program), new RecordingSink()));

        Assert.Equal($"cannot start '{program}': Permission denied; make it executable (chmod +x) or name its interpreter in the environment's command", e.Message);
    }

    [LinuxTheory]
    [MemberData(nameof(ChdirModes))]
    public void A_missing_working_directory_is_named(bool chdirByShell)
    {
        var folder = Path.Combine(_folder, "gone");
        var spec = new ProcessSpec("/bin/true", [], folder, NoVariables);

        var e = Assert.Throws<ProcessStartException>(() => Launcher(chdirByShell).Start(spec, new RecordingSink()));

        Assert.Equal($"cannot start '/bin/true': the working directory '{folder}' does not exist; check the job's folder", e.Message);
    }

    [LinuxFact]
    public void An_argument_holding_NUL_is_refused()
    {
        var spec = new ProcessSpec("/bin/echo", ["fine", "bad\0"], _folder, NoVariables);

        var e = Assert.Throws<ProcessStartException>(() => _launcher.Start(spec, new RecordingSink()));

        Assert.Equal("cannot start '/bin/echo': argument 2 contains a NUL character, which no program can receive", e.Message);
    }

    private ProcessSpec Program(string program) => new(program, [], _folder, NoVariables);

    private static ProcessLauncher Launcher(bool chdirByShell) =>
        new(new LaunchSettings(ProcessLauncher.DefaultMaxLineBytes, TimeSpan.FromSeconds(1), TimeProvider.System, chdirByShell));

    private static async Task<(ProcessExit Exit, RecordingSink Sink)> Run(ProcessSpec spec, ProcessLauncher launcher)
    {
        var sink = new RecordingSink();
        using var process = launcher.Start(spec, sink);
        var exit = await process.Completion.WaitAsync(Patience);
        return (exit, sink);
    }
}
