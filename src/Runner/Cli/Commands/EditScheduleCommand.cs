using Runner.Core.Configuration;
using Runner.Infrastructure.Editing;
using Runner.Infrastructure.Files;
using Runner.Infrastructure.Home;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner edit schedule</c>, like <c>crontab -e</c>: edits a copy; on save applies it only
/// when the whole file is valid, else shows every error with its line and offers to edit again.
/// </summary>
internal sealed class EditScheduleCommand(HomeFactory homes, Terminal.Terminal terminal)
    : RunnerCommand<GlobalSettings>(homes, terminal)
{
    protected override ExitCode Run(HomeServices home, GlobalSettings settings)
    {
        if (!Terminal.Interactive)
        {
            Terminal.Error($"edit schedule needs a terminal for the editor; edit {home.ScheduleFile.FullPath} directly, then run `runner check schedule`");
            return ExitCode.Usage;
        }

        if (home.ScheduleFile.Read() is not { } original)
        {
            return Fail(home.Jobs.ReadSchedule().Problem!);
        }

        var draft = Path.Combine(Path.GetDirectoryName(home.ScheduleFile.FullPath)!, $".{Path.GetFileName(home.ScheduleFile.FullPath)}.edit");
        AtomicFile.WriteText(draft, original);
        var editor = Editor.Choose(home.Settings.Load().Config.Get(SectionNames.Manager, "editor")?.Value ?? string.Empty, Homes.Variables);
        while (true)
        {
            var status = editor.Open(draft);
            var edited = TextFiles.ReadOrNull(draft) ?? string.Empty;
            if (status != 0)
            {
                Terminal.Error($"the editor '{editor.Command}' exited with status {status}; {home.ScheduleFile.ShownAs} is unchanged, your edit is kept in {draft}");
                return ExitCode.JobFailed;
            }

            if (edited == original)
            {
                File.Delete(draft);
                Terminal.Info($"No changes; {home.ScheduleFile.ShownAs} is unchanged.");
                return ExitCode.Success;
            }

            var applied = home.Jobs.Replace(original, edited);
            if (applied.Value is { } schedule)
            {
                File.Delete(draft);
                Terminal.Info($"{home.ScheduleFile.ShownAs} updated: {schedule.Schedule.Count} jobs.");
                return ExitCode.Success;
            }

            foreach (var message in applied.Problem!.Messages)
            {
                Terminal.Line(message.Replace(Path.GetFileName(draft), home.ScheduleFile.ShownAs, StringComparison.Ordinal));
            }

            if (applied.Problem.Kind != Engine.Jobs.ProblemKind.InvalidSetup)
            {
                Terminal.Line($"Your edit is kept in {draft}.");
                return ExitCode.JobFailed;
            }

            var again = Terminal.Ask("The schedule has errors and was not applied. Edit again? [Y/n]");
            if (again is null || Core.Jobs.JobDraftRules.ParseYesNo(again) == false)
            {
                Terminal.Info($"{home.ScheduleFile.ShownAs} is unchanged; your edit is kept in {draft}.");
                return ExitCode.InvalidSetup;
            }
        }
    }
}
