namespace Runner.Core.Schedules;

/// <summary>
/// Reads schedule.tsv text into a lossless table, the valid jobs and every error, each with
/// its 1-based line and column (UTF-16 index + 1; a tab counts as one; the byte order mark
/// does not count). Never throws and never stops at the first error. The rules are in
/// docs/schedule-file.md. <see cref="ScheduleRereader"/> reads successive versions of one file.
/// </summary>
public static class ScheduleReader
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="environments"/>, when given, are the names ENVIRONMENT may hold.</summary>
    public static ScheduleReadResult Read(
        string text, string source = "schedule.tsv", IReadOnlyCollection<string>? environments = null) =>
        Read(ScheduleTable.Parse(text), source, environments, known: null);

    /// <summary>
    /// Reads a parsed table. A row <paramref name="known"/> holds from the previous read gives
    /// back the job read from it then (only rows read without any diagnostic are known); every
    /// other row is read and, when it has no diagnostic, remembered in <paramref name="known"/>.
    /// </summary>
    internal static ScheduleReadResult Read(
        ScheduleTable table, string source, IReadOnlyCollection<string>? environments, KnownRows? known)
    {
        var errors = new ScheduleErrors(source);
        if (table.Lines.All(line => line.IsBlank))
        {
            errors.Add(1, 1, ScheduleMessages.Empty());
            return new ScheduleReadResult(table, Schedule.Empty, errors.InOrder());
        }

        if (table.HeaderIndex < 0)
        {
            errors.Add(1, 1, ScheduleMessages.NoHeader());
        }

        known?.Begin(table.Lines);
        var jobs = new List<Job>(table.Lines.Count);
        ScheduleRowReader? rows = null;
        for (var i = 0; i < table.Lines.Count; i++)
        {
            var line = table.Lines[i];
            if (rows is not null && known?.Reuse(table.Lines, i, rows) is { } same)
            {
                jobs.Add(same);
                continue;
            }

            var invalid = PlainText.FindInvalid(line.Text, out var message);
            if (invalid >= 0)
            {
                var isDataRow = line.IsRow && i > table.HeaderIndex;
                errors.Add(i + 1, invalid + 1, isDataRow ? ScheduleMessages.RowSkipped(message!) : message!);
            }

            if (i == table.HeaderIndex)
            {
                rows = new ScheduleRowReader(ScheduleHeader.Read(line, i + 1, errors), environments, errors, table.Lines.Count - i - 1);
            }
            else if (rows is not null && invalid < 0 && line.IsRow)
            {
                var before = errors.Count;
                if (rows.Read(line, i + 1) is { } job)
                {
                    jobs.Add(job);
                    if (errors.Count == before)
                    {
                        known?.Remember(i, job);
                    }
                }
            }
        }

        known?.Complete(table.Lines);
        return new ScheduleReadResult(table, new Schedule(jobs), errors.InOrder());
    }
}
