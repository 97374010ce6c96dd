using Runner.Core.Schedules;
using Runner.Hosting;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner status scheduler [--json]</c>: whether the home's scheduler runs, its pid and start,
/// the active jobs, the next fires across jobs and the schedule's errors.
/// </summary>
internal sealed class StatusSchedulerCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<GlobalSettings>(homes, terminal)
{
    /// <summary>How many next fires are shown.</summary>
    private const int NextCount = 5;

    protected override ExitCode Run(HomeServices home, GlobalSettings settings)
    {
        var logs = home.Home.LogsPath;
        var running = SchedulerState.IsRunning(logs, home.Time);
        var state = running ? SchedulerState.Read(logs) : null;
        var homeSettings = home.Settings.Load();
        var zone = homeSettings.Zone;
        var read = ScheduleReader.Read(home.ScheduleFile.Read() ?? string.Empty, home.ScheduleFile.ShownAs, homeSettings.Environments);
        var active = read.Schedule.Jobs.Where(j => j.IsActive).ToList();
        var now = home.Time.GetUtcNow();
        var next = active
            .SelectMany(job => job.Timing.NextFires(now, zone, NextCount).Select(at => (Job: job, At: at)))
            .OrderBy(f => f.At).ThenBy(f => f.Job.Id).Take(NextCount).ToList();
        var problems = home.Setup.Check().Problems.Where(p => p.IsError).ToList();
        if (settings.Json)
        {
            Terminal.Out.Write(JsonText.Write(json =>
            {
                json.WriteStartObject();
                json.WriteBoolean("running", running);
                if (state is null)
                {
                    json.WriteNull("pid");
                    json.WriteNull("since");
                }
                else
                {
                    json.WriteNumber("pid", state.Pid);
                    json.WriteString("since", Formats.Instant(state.Since, zone));
                }

                json.WriteNumber("jobs", active.Count);
                json.WriteStartArray("next");
                foreach (var (job, at) in next)
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", job.Id);
                    json.WriteString("name", job.Name);
                    json.WriteString("at", Formats.Instant(at, zone));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("errors");
                foreach (var problem in problems)
                {
                    json.WriteStringValue(problem.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
            return ExitCode.Success;
        }

        Terminal.Line(state is null
            ? "Scheduler: not running."
            : $"Scheduler: running (pid {state.Pid}, since {Formats.Instant(state.Since, zone)}).");
        Terminal.Line($"Active jobs: {active.Count}.");
        Terminal.Line(next.Count == 0 ? "Next fires: none." : "Next fires:");
        foreach (var (job, at) in next)
        {
            Terminal.Line($"  {Formats.Instant(at, zone)}  job {job.Name} (#{job.Id})");
        }

        Terminal.Line(problems.Count == 0 ? "Schedule errors: none." : "Schedule errors:");
        foreach (var problem in problems)
        {
            Terminal.Line($"  {problem}");
        }

        return ExitCode.Success;
    }
}
