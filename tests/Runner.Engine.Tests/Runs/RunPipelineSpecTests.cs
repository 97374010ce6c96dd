using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.PipelineHarness;

namespace Runner.Engine.Tests.Runs;

/// <summary>What the launcher is asked to start: the program and its argv (never a shell), the job's folder, and the RUNNER_* variables.</summary>
public sealed class RunPipelineSpecTests
{
    [Fact]
    public async Task The_environment_command_then_file_then_parameters_each_word_one_argument()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));
        var job = Job(environmentCommand: "python3 -u", row: Row("jobs/7/script.py", "--name 'John Smith' --run {run} ; touch /tmp/x $HOME", "python"));

        var run = await harness.RunAsync(job);

        var spec = Assert.Single(harness.Launcher.Specs);
        Assert.Equal("python3", spec.Program);
        Assert.Equal(["-u", "/home/jobs/7/script.py", "--name", "John Smith", "--run", "1", ";", "touch", "/tmp/x", "$HOME"], spec.Arguments);
        Assert.Equal("/home/jobs/7", spec.WorkingDirectory);
        Assert.Equal("python3 -u /home/jobs/7/script.py --name 'John Smith' --run 1 ';' touch /tmp/x '$HOME'", harness.Fact(run, "COMMAND"));
    }

    [Fact]
    public async Task Without_an_environment_the_file_is_the_program()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));

        await harness.RunAsync(Job(row: Row("/opt/backup/run.sh", "--full")));

        var spec = Assert.Single(harness.Launcher.Specs);
        Assert.Equal(("/opt/backup/run.sh", "/home/jobs/7"), (spec.Program, spec.WorkingDirectory));
        Assert.Equal(["--full"], spec.Arguments);
    }

    [Fact]
    public async Task A_quoted_program_path_in_the_environment_is_one_word()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));

        await harness.RunAsync(Job(environmentCommand: "'/opt/my venv/bin/python' -u", row: Row("job.py", environment: "venv")));

        var spec = Assert.Single(harness.Launcher.Specs);
        Assert.Equal("/opt/my venv/bin/python", spec.Program);
        Assert.Equal(["-u", "/home/job.py"], spec.Arguments);
    }

    [Fact]
    public async Task The_job_gets_the_runner_variables()
    {
        var harness = new PipelineHarness(ProcessScript.Exits(0));

        var run = await harness.RunAsync();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["RUNNER_HOME"] = "/home",
                ["RUNNER_JOB_ID"] = "7",
                ["RUNNER_JOB_NAME"] = "backup",
                ["RUNNER_TRIGGER"] = "2026-03-01T12:00:00+00:00",
                ["RUNNER_RUN_ID"] = "1",
                ["RUNNER_LOG"] = "/home/jobs/7/logs/1-20260301-120000.log",
            },
            harness.Launcher.Specs[0].Environment);
        Assert.Equal(run.LogPath, harness.Launcher.Specs[0].Environment["RUNNER_LOG"]);
    }
}
