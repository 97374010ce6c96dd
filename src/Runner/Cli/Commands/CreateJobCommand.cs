using System.CommandLine;
using Runner.Core.Jobs;
using Runner.Core.Scheduling;

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
        public string? Name { get; init; }

        public string? Description { get; init; }

        public string? Environment { get; init; }

        /// <summary>The program or script to run; default: a new script from the environment's template in the job's folder.</summary>
        public string? File { get; init; }

        public string? MonthDay { get; init; }

        public string? WeekDay { get; init; }

        public string? Hour { get; init; }

        public string? Minute { get; init; }

        public string? Second { get; init; }

        public string? Parameters { get; init; }

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

    private readonly Option<string?> _name = new("--name");
    private readonly Option<string?> _description = new("--desc", "--description");
    private readonly Option<string?> _environment = new("--env", "--environment");
    private readonly Option<string?> _file = new("--file");
    private readonly Option<string?> _monthDay = new("--month-day");
    private readonly Option<string?> _weekDay = new("--week-day");
    private readonly Option<string?> _hour = new("--hour");
    private readonly Option<string?> _minute = new("--minute");
    private readonly Option<string?> _second = new("--second");
    private readonly Option<string?> _parameters = new("--params", "--parameters");
    private readonly Option<string?> _active = new("--active");

    protected override IEnumerable<Symbol> Symbols =>
        [_name, _description, _environment, _file, _monthDay, _weekDay, _hour, _minute, _second, _parameters, _active];

    protected override Settings Bind(ParseResult parse) => new()
    {
        Name = parse.GetValue(_name),
        Description = parse.GetValue(_description),
        Environment = parse.GetValue(_environment),
        File = parse.GetValue(_file),
        MonthDay = parse.GetValue(_monthDay),
        WeekDay = parse.GetValue(_weekDay),
        Hour = parse.GetValue(_hour),
        Minute = parse.GetValue(_minute),
        Second = parse.GetValue(_second),
        Parameters = parse.GetValue(_parameters),
        Active = parse.GetValue(_active),
    };

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
