using System.ComponentModel;
using Runner.Core.Jobs;
using Runner.Core.Scheduling;
using Spectre.Console.Cli;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner create job</c>: asks the seed's questions in the seed's order (or takes them as
/// options, or line by line from standard input), checks each answer, then creates the job.
/// </summary>
internal sealed class CreateJobCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<CreateJobCommand.Settings>(homes, terminal)
{
    /// <summary>The answer to the environment question that means "run FILE directly".</summary>
    public const string NoEnvironment = "none";

    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--name <NAME>")]
        public string? Name { get; init; }

        [CommandOption("--desc|--description <TEXT>")]
        public string? Description { get; init; }

        [CommandOption("--env|--environment <ENV>")]
        public string? Environment { get; init; }

        [CommandOption("--file <FILE>")]
        [Description("The program or script to run; default: a new script from the environment's template in the job's folder.")]
        public string? File { get; init; }

        [CommandOption("--month-day <FIELD>")]
        public string? MonthDay { get; init; }

        [CommandOption("--week-day <FIELD>")]
        public string? WeekDay { get; init; }

        [CommandOption("--hour <FIELD>")]
        public string? Hour { get; init; }

        [CommandOption("--minute <FIELD>")]
        public string? Minute { get; init; }

        [CommandOption("--second <FIELD>")]
        public string? Second { get; init; }

        [CommandOption("--params|--parameters <TEXT>")]
        public string? Parameters { get; init; }

        [CommandOption("--active <Y|N>")]
        public string? Active { get; init; }

        public string? Given(JobField field) => field switch
        {
            JobField.Name => Name,
            JobField.Description => Description,
            JobField.Environment => Environment,
            JobField.MonthDay => MonthDay,
            JobField.WeekDay => WeekDay,
            JobField.Hour => Hour,
            JobField.Minute => Minute,
            JobField.Second => Second,
            JobField.Parameters => Parameters,
            _ => Active,
        };
    }

    protected override ExitCode Run(HomeServices home, Settings settings)
    {
        var environments = home.Settings.Load().Environments;
        if (Terminal.Interactive && !settings.Yes)
        {
            Terminal.Line("Follow the instructions to create the job.");
        }

        var answers = new Dictionary<JobField, string>();
        foreach (var field in Enum.GetValues<JobField>())
        {
            var answer = Answer(field, settings, environments);
            if (answer is null)
            {
                return ExitCode.Usage;
            }

            answers[field] = answer;
        }

        if (settings.File is { } file && file.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0)
        {
            Terminal.Error("--file: tabs and line breaks cannot be stored in schedule.tsv");
            return ExitCode.Usage;
        }

        var environment = string.Equals(answers[JobField.Environment], NoEnvironment, StringComparison.OrdinalIgnoreCase) ? string.Empty : answers[JobField.Environment];
        var timing = Timing.Parse(answers[JobField.MonthDay], answers[JobField.WeekDay], answers[JobField.Hour], answers[JobField.Minute], answers[JobField.Second]);
        var draft = new JobDraft(answers[JobField.Name], answers[JobField.Description], environment, settings.File?.Trim() ?? string.Empty, timing, answers[JobField.Parameters], JobDraftRules.ParseYesNo(answers[JobField.Active])!.Value);

        Terminal.Info("Creating job...");
        var created = home.Jobs.Create(draft);
        if (created.Value is not { } job)
        {
            return Fail(created.Problem!);
        }

        Terminal.Info($"Job ID: {job.Job.Id}");
        Terminal.Info($"Folder {job.Folder} created.");
        Terminal.Info($"File {job.Folder}/config.ini created.");
        if (job.Script is not null)
        {
            Terminal.Info($"File {job.Script} created.");
        }

        Terminal.Info($"Job {job.Job.Name} successfully added to schedule{(job.Job.IsActive ? string.Empty : " as inactive (STATUS N): `runner enable job " + job.Job.Id + "` activates it")}!");
        var zone = home.Settings.Load().Zone;
        Terminal.Info($"Next fires: {string.Join(", ", job.NextFires.Select(f => Formats.Instant(f, zone)))}");
        if (job.FiresMoreThanOncePerMinute)
        {
            Terminal.Warning($"job {job.Job.Id} fires more than once a minute (SECOND = {job.Job.Timing.Second}); give SECOND a single value, e.g. 0, unless that is what you want");
        }

        return ExitCode.Success;
    }

    /// <summary>The checked answer: the option, else asked (again at a terminal until valid), else the default; null after an error was printed.</summary>
    private string? Answer(JobField field, Settings settings, IReadOnlyList<string> environments)
    {
        var fallback = JobDraftRules.Default(field);
        if (settings.Given(field) is { } given)
        {
            var value = field == JobField.Environment && given.Trim().Length == 0 ? NoEnvironment : given.Trim();
            if (Problem(field, value, environments) is { } problem)
            {
                Terminal.Error($"{OptionName(field)}: {problem}");
                return null;
            }

            return value;
        }

        if (settings.Yes)
        {
            return fallback;
        }

        while (true)
        {
            var shown = fallback.Length > 0 ? $" [{fallback}]" : string.Empty;
            var raw = Terminal.Ask($"{JobDraftRules.Prompt(field)}{shown}:");
            var answer = string.IsNullOrWhiteSpace(raw) ? fallback : raw.Trim();
            var error = Problem(field, answer, environments);
            if (error is null)
            {
                return answer;
            }

            if (!Terminal.Interactive)
            {
                Terminal.Error($"{JobDraftRules.Prompt(field)} '{answer}': {error}");
                return null;
            }

            Terminal.Line($"  {error}");
        }
    }

    /// <summary>What is wrong with an answer, or null; "none" is a valid environment (run FILE directly).</summary>
    private static string? Problem(JobField field, string answer, IReadOnlyList<string> environments) =>
        field == JobField.Environment && string.Equals(answer, NoEnvironment, StringComparison.OrdinalIgnoreCase)
            ? null
            : JobDraftRules.Check(field, answer, environments);

    private static string OptionName(JobField field) => field switch
    {
        JobField.Name => "--name",
        JobField.Description => "--desc",
        JobField.Environment => "--env",
        JobField.MonthDay => "--month-day",
        JobField.WeekDay => "--week-day",
        JobField.Hour => "--hour",
        JobField.Minute => "--minute",
        JobField.Second => "--second",
        JobField.Parameters => "--params",
        _ => "--active",
    };
}
