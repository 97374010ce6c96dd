namespace Runner.Cli.Commands;

/// <summary><c>runner check schedule</c>: validates schedule.tsv and the config files; exit 0 only when valid.</summary>
internal sealed class CheckScheduleCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<GlobalSettings>(homes, terminal)
{
    protected override ExitCode Run(HomeServices home, GlobalSettings settings)
    {
        var report = home.Setup.Check();
        if (settings.Json)
        {
            Terminal.Out.Write(JsonText.Write(json =>
            {
                json.WriteStartObject();
                json.WriteBoolean("valid", report.IsValid);
                json.WriteNumber("jobs", report.JobCount);
                json.WriteStartArray("problems");
                foreach (var problem in report.Problems)
                {
                    json.WriteStartObject();
                    json.WriteString("file", problem.Source);
                    json.WriteNumber("line", problem.Line);
                    json.WriteNumber("column", problem.Column);
                    json.WriteString("severity", problem.IsError ? "error" : "warning");
                    json.WriteString("message", problem.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
        }
        else
        {
            foreach (var problem in report.Problems)
            {
                Terminal.Line(problem.ToString());
            }

            var errors = report.Problems.Count(p => p.IsError);
            Terminal.Line(report.IsValid
                ? $"{home.ScheduleFile.ShownAs}: {report.JobCount} jobs, valid."
                : $"{errors} error{(errors == 1 ? string.Empty : "s")}; the scheduler keeps the last valid schedule until they are fixed.");
        }

        return report.IsValid ? ExitCode.Success : ExitCode.InvalidSetup;
    }
}
