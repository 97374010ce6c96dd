using System.Globalization;
using Runner.Core.Jobs;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Engine.Jobs;

/// <summary>
/// The use cases on the schedule's jobs, shared by the command line and the web GUI: list,
/// create, delete, enable and disable, next fires. Every change is a read-modify-write of the
/// schedule under the home lock, written atomically; rows are edited in place, so comments,
/// column order and unknown columns survive.
/// </summary>
public sealed class JobService(
    IHomeLock homeLock, IScheduleFile scheduleFile, IJobFolders folders, IIdLedger ids, ISettingsSource settings, TimeProvider time)
{
    /// <summary>The schedule as it is now, checked against the defined environments; a problem when it does not exist.</summary>
    public Outcome<ScheduleReadResult> ReadSchedule()
    {
        var text = scheduleFile.Read();
        return text is null ? Missing() : ScheduleReader.Read(text, scheduleFile.ShownAs, settings.Load().Environments);
    }

    /// <summary>The jobs with their next fire after <paramref name="from"/> (default: now).</summary>
    public Outcome<JobListing> List(JobFilter filter, DateTimeOffset? from = null)
    {
        var read = ReadSchedule();
        if (read.Value is not { } schedule)
        {
            return read.Problem!;
        }

        var zone = settings.Load().Zone;
        var start = from ?? time.GetUtcNow();
        var jobs = schedule.Schedule.Jobs
            .Where(j => filter == JobFilter.All || j.IsActive == (filter == JobFilter.Active))
            .Select(j => new ListedJob(j, j.IsActive ? j.Timing.NextAfter(start, zone) : null))
            .ToList();
        return new JobListing(jobs, schedule.Errors, zone);
    }

    /// <summary>The next <paramref name="count"/> fires of a job after <paramref name="from"/> (default: now), active or not.</summary>
    public Outcome<IReadOnlyList<DateTimeOffset>> Next(int id, int count, DateTimeOffset? from = null)
    {
        var found = FindJob(id);
        if (found.Value is not { } job)
        {
            return found.Problem!;
        }

        // An array filled in a loop rather than ToList: a List of a value type is JIT-compiled at every start.
        var fires = new DateTimeOffset[Math.Max(count, 0)];
        var filled = 0;
        foreach (var fire in job.Timing.NextFires(from ?? time.GetUtcNow(), settings.Load().Zone, count))
        {
            fires[filled++] = fire;
        }

        if (filled < fires.Length)
        {
            Array.Resize(ref fires, filled);
        }

        return fires;
    }

    /// <summary>Creates the job's folder (config.ini and, without FILE, a script) and appends its row, under one lock.</summary>
    public Outcome<JobCreated> Create(JobDraft draft)
    {
        using var held = homeLock.Acquire();
        var text = scheduleFile.Read();
        if (text is null)
        {
            return Missing();
        }

        var table = ScheduleTable.Parse(text);
        if (table.HeaderIndex < 0)
        {
            return new Problem(ProblemKind.InvalidSetup, $"{scheduleFile.ShownAs} has no header row; fix it with `runner edit schedule` (see `runner check schedule`)");
        }

        var id = Math.Max(ids.LastUsed(), HighestId(table)) + 1;
        var name = draft.Name.Trim().Length > 0 ? draft.Name.Trim() : JobDraft.DefaultName(id);
        var script = draft.File.Length == 0
            ? ScriptTemplates.For(draft.Environment, settings.Load().EnvironmentCommand(draft.Environment) ?? string.Empty, settings.IsWindows)
            : null;
        var scriptPath = folders.Create(id, JobConfigTemplate.Text(id, name), script);
        try
        {
            if (draft.File.Length > 0 && !folders.FileExists(draft.File))
            {
                var template = ScriptTemplates.For(draft.Environment, settings.Load().EnvironmentCommand(draft.Environment) ?? string.Empty, settings.IsWindows);
                scriptPath = folders.WriteScript(draft.File, template);
            }

            table = table.WithRow(Row(id, name, draft, draft.File.Length > 0 ? draft.File : scriptPath!));
            scheduleFile.Write(table.ToText());
            ids.Record(id);
        }
        catch
        {
            folders.Delete(id);
            throw;
        }

        var job = new Job(id, name, draft.Description.Trim(), draft.Environment.Trim(), draft.File.Length > 0 ? draft.File : scriptPath!, draft.Timing, draft.Parameters, draft.Active, 0, new Dictionary<string, string>());
        var next = draft.Timing.NextFires(time.GetUtcNow(), settings.Load().Zone, 3).ToList();
        return new JobCreated(job, folders.PathOf(id), scriptPath, next, JobDraftRules.FiresMoreThanOncePerMinute(draft.Timing));
    }

    /// <summary>Sets STATUS to Y or N; returns the job's id.</summary>
    public Outcome<int> SetActive(int id, bool active)
    {
        using var held = homeLock.Acquire();
        return ChangeRow(id, table => table.WithCell(id, ScheduleColumns.Status, active ? "Y" : "N")) is { } problem ? problem : id;
    }

    /// <summary>
    /// Changes a job's time fields and parameters in place, only when the row that results is
    /// valid (the same rules as <c>runner check schedule</c>); returns the job as it now is.
    /// </summary>
    public Outcome<Job> Edit(int id, JobEdit edit)
    {
        using var held = homeLock.Acquire();
        if (scheduleFile.Read() is not { } text)
        {
            return Missing();
        }

        var table = ScheduleTable.Parse(text);
        var row = table.RowIndex(id);
        if (row < 0)
        {
            return NoSuchJob(id);
        }

        foreach (var (column, value) in edit.Cells())
        {
            if (value.IndexOfAny(['\t', '\r', '\n']) >= 0)
            {
                return new Problem(ProblemKind.BadInput, $"{column} of job {id} holds a tab or a line break; write it on one line without tabs");
            }

            table = table.WithCell(id, column, value);
        }

        var edited = table.ToText();
        var read = ScheduleReader.Read(edited, scheduleFile.ShownAs, settings.Load().Environments);
        var errors = read.Errors.Where(e => e.IsError && e.Line == row + 1).Select(e => e.ToString()).ToList();
        if (errors.Count > 0 || read.Schedule.Find(id) is not { } job)
        {
            return new Problem(ProblemKind.BadInput, [$"job {id} was not changed; fix these errors:", .. errors]);
        }

        scheduleFile.Write(edited);
        return job;
    }

    /// <summary>Removes the row first (atomically), then the job's folder; a folder that cannot be removed is reported, the schedule stays consistent.</summary>
    public Outcome<string> Delete(int id)
    {
        using var held = homeLock.Acquire();
        if (ChangeRow(id, table => table.WithoutRow(id)) is { } problem)
        {
            return problem;
        }

        var folder = folders.PathOf(id);
        try
        {
            folders.Delete(id);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem(ProblemKind.PartlyDone, $"job {id} was removed from {scheduleFile.ShownAs}, but its folder {folder} could not be removed: {e.Message}; remove it by hand");
        }

        return folder;
    }

    /// <summary>
    /// Replaces the whole schedule with an edited text, only when it is valid and the file
    /// still holds <paramref name="original"/> (nobody changed it meanwhile).
    /// </summary>
    public Outcome<ScheduleReadResult> Replace(string original, string edited)
    {
        var read = ScheduleReader.Read(edited, scheduleFile.ShownAs, settings.Load().Environments);
        if (!read.IsValid)
        {
            return new Problem(ProblemKind.InvalidSetup, [.. read.Errors.Select(e => e.ToString())]);
        }

        using var held = homeLock.Acquire();
        if (scheduleFile.Read() != original)
        {
            return new Problem(ProblemKind.PartlyDone, $"{scheduleFile.ShownAs} was changed by someone else while you edited it; your edit was not applied");
        }

        scheduleFile.Write(edited);
        return read;
    }

    /// <summary>The valid job with this id, or why there is none.</summary>
    public Outcome<Job> FindJob(int id)
    {
        var read = ReadSchedule();
        if (read.Value is not { } schedule)
        {
            return read.Problem!;
        }

        if (schedule.Schedule.Find(id) is { } job)
        {
            return job;
        }

        var row = schedule.Table.RowIndex(id);
        return row < 0
            ? NoSuchJob(id)
            : new Problem(ProblemKind.InvalidSetup, [$"job {id} has errors in {scheduleFile.ShownAs}; fix them first:", .. schedule.Errors.Where(e => e.Line == row + 1).Select(e => e.ToString())]);
    }

    /// <summary>Rewrites the schedule with one row changed; the caller holds the home lock. Null on success.</summary>
    private Problem? ChangeRow(int id, Func<ScheduleTable, ScheduleTable> change)
    {
        if (scheduleFile.Read() is not { } text)
        {
            return Missing();
        }

        var table = ScheduleTable.Parse(text);
        if (table.RowIndex(id) < 0)
        {
            return NoSuchJob(id);
        }

        scheduleFile.Write(change(table).ToText());
        return null;
    }

    private static Dictionary<string, string> Row(int id, string name, JobDraft draft, string file) => new()
    {
        [ScheduleColumns.Id] = id.ToString(CultureInfo.InvariantCulture),
        [ScheduleColumns.Name] = name,
        [ScheduleColumns.Description] = draft.Description.Trim(),
        [ScheduleColumns.Environment] = draft.Environment.Trim(),
        [ScheduleColumns.File] = file,
        [ScheduleColumns.MonthDay] = draft.Timing.MonthDay.Text,
        [ScheduleColumns.WeekDay] = draft.Timing.WeekDay.Text,
        [ScheduleColumns.Hour] = draft.Timing.Hour.Text,
        [ScheduleColumns.Minute] = draft.Timing.Minute.Text,
        [ScheduleColumns.Second] = draft.Timing.Second.Text,
        [ScheduleColumns.Parameters] = draft.Parameters,
        [ScheduleColumns.Status] = draft.Active ? "Y" : "N",
    };

    /// <summary>The highest id of any row, valid or not, so a broken row's id is not handed out again.</summary>
    private static int HighestId(ScheduleTable table)
    {
        var column = table.ColumnIndex(ScheduleColumns.Id);
        return table.Lines.Skip(table.HeaderIndex + 1)
            .Where(l => l.IsRow)
            .Select(l => int.TryParse(l.CellAt(column)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .DefaultIfEmpty(-1)
            .Max();
    }

    private Problem Missing() =>
        new(ProblemKind.InvalidSetup, $"{scheduleFile.ShownAs} does not exist; create it with `runner create scheduler`");

    private Problem NoSuchJob(int id) =>
        new(ProblemKind.NoSuchJob, $"no job has id {id} in {scheduleFile.ShownAs}; `runner list jobs` shows the ids");
}
